import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DemoBlock, MetricBlock } from '../../../src/domain/review/schema';
import { MetricForm } from '../../../renderer/screens/review/forms/MetricForm';

const metric = (before: number, after: number): MetricBlock => ({
  id: 'b1',
  kind: 'metric',
  name: 'Error rate',
  unit: '%',
  before,
  after,
  better: 'lower',
});

describe('editing a metric block', () => {
  it('shows a tiny or a large value as it reads on screen, and saves a rename without refusing it', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn((_block: DemoBlock) => Promise.resolve());
    render(<MetricForm initial={metric(0.0000001, 1234567.5)} onSave={onSave} onCancel={() => undefined} />);
    expect(screen.getByLabelText('Before value')).toHaveValue('0.0000001');
    expect(screen.getByLabelText('After value')).toHaveValue('1,234,567.5');
    await user.type(screen.getByLabelText('Metric name'), ' (5xx)');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Error rate (5xx)', before: 0.0000001, after: 1234567.5 }),
    );
  });
});
