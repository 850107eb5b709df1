import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DemoBlock, MetricBlock } from '../../../src/domain/review/schema';
import { MetricForm } from '../../../renderer/screens/review/forms/MetricForm';

const empty = (unit: string): MetricBlock => ({
  id: 'b1',
  kind: 'metric',
  name: 'p95 latency',
  unit,
  before: Number.NaN,
  after: Number.NaN,
  better: 'lower',
});

async function fill(unit: string, before: string, after: string) {
  const user = userEvent.setup();
  const onSave = vi.fn((_block: DemoBlock) => Promise.resolve());
  render(<MetricForm initial={empty(unit)} onSave={onSave} onCancel={() => undefined} />);
  await user.type(screen.getByLabelText('Before value'), before);
  await user.type(screen.getByLabelText('After value'), after);
  await user.click(screen.getByRole('button', { name: /^Save/ }));
  return onSave;
}

describe('a metric value typed with a unit, as a dashboard shows it', () => {
  it('saves "420 ms" and "380ms" as 420 and 380 when the metric is in ms', async () => {
    const onSave = await fill('ms', '420 ms', '380ms');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ unit: 'ms', before: 420, after: 380 }));
  });

  it('saves "99.9%" when the metric is in %', async () => {
    const onSave = await fill('%', '99.5%', '99.9 %');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ before: 99.5, after: 99.9 }));
  });

  it('refuses a value in another unit than the metric’s, naming both, instead of comparing 2 with 400', async () => {
    const onSave = await fill('ms', '2 s', '400 ms');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Before value')).toHaveAccessibleDescription(/“s”.*“ms”/);
    expect(screen.getByLabelText('Before value')).toHaveValue('2 s');
    expect(screen.queryByText(/After value .*must be a number/)).toBeNull();
  });

  it('says to put the unit under Unit when the metric has none', async () => {
    const onSave = await fill('', '420 ms', '380 ms');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Before value')).toHaveAccessibleDescription(/Unit/);
    expect(screen.getByLabelText('After value')).toHaveAccessibleDescription(/Unit/);
  });
});
