import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DemoBlock, MetricBlock } from '../../../src/domain/review/schema';
import { MetricForm } from '../../../renderer/screens/review/forms/MetricForm';

const metric: MetricBlock = {
  id: 'b1',
  kind: 'metric',
  name: 'Error budget left',
  unit: 'min',
  before: 5,
  after: Number.NaN,
  better: 'higher',
};

describe('a metric value typed with the typographic minus, as Cadence writes a fall', () => {
  it('saves "−3" as minus three, not refused as "must be a number"', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_block: DemoBlock) => Promise.resolve());
    render(<MetricForm initial={metric} onSave={onSave} onCancel={() => undefined} />);
    await user.type(screen.getByLabelText('After value'), '−3');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(screen.queryByText(/must be a number/)).toBeNull();
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ before: 5, after: -3 }));
  });
});
