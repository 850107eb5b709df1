import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MetricBlock } from '../../../src/domain/review/schema';
import { MetricView } from '../../../renderer/screens/review/blocks/MetricView';

const metric = (unit: string, before: number, after: number): MetricBlock => ({
  id: 'm1',
  kind: 'metric',
  name: 'Error rate',
  unit,
  before,
  after,
  better: 'lower',
});

describe("a metric's change on the screen and in presenter mode", () => {
  it('reads in percentage points for a % metric', () => {
    render(<MetricView block={metric('%', 2, 3)} large />);
    expect(screen.getByText('2 % → 3 %')).toBeInTheDocument();
    expect(screen.getByTestId('metric-delta')).toHaveTextContent('+1.0 pp (worse, lower is better)');
  });

  it('reads in its unit from a before value of 0', () => {
    render(<MetricView block={metric('pages', 0, 5)} />);
    expect(screen.getByTestId('metric-delta')).toHaveTextContent('+5 pages from 0 (worse, lower is better)');
  });
});
