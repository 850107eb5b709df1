import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MetricView } from '../../../renderer/screens/review/blocks/MetricView';
import type { MetricBlock } from '../../../src/domain/review/schema';

const TYPOGRAPHIC_MINUS = '\u2212';

const cold: MetricBlock = {
  id: 'm1',
  kind: 'metric',
  name: 'Rack inlet',
  unit: '°C',
  before: 0,
  after: -5,
  better: 'lower',
};

describe('a metric value below zero on the screen', () => {
  it('is written with the same minus as its change ("−5 °C", "−5 °C from 0"), not a hyphen', () => {
    const { container } = render(<MetricView block={cold} />);
    const caption = container.querySelector('figcaption')!;
    expect(caption).toHaveTextContent(`0 °C → ${TYPOGRAPHIC_MINUS}5 °C`);
    expect(screen.getByTestId('metric-delta')).toHaveTextContent(`${TYPOGRAPHIC_MINUS}5 °C from 0`);
    expect(caption.textContent).not.toContain('-');
    // The chart's value above (below) its bar too.
    const words = [...container.querySelectorAll('tspan')].map((t) => t.textContent);
    expect(words).toContain(`${TYPOGRAPHIC_MINUS}5`);
    expect(words).not.toContain('-5');
  });
});
