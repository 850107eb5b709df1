import { describe, expect, it } from 'vitest';
import { previousEndedAt } from '../../../src/domain/standup/summary';

/** A standup's id and the two times `previousEndedAt` reads. */
const standup = (id: string, startedAt: string, endedAt: string | null) =>
  ({ id, timer: { startedAt, endedAt } }) as unknown as Parameters<typeof previousEndedAt>[1];

describe('previousEndedAt', () => {
  it('finds the standup before, also when one start time is written without milliseconds', () => {
    // The first start written by a script, to the second; the second's by Cadence, 400 ms later.
    const before = standup('st-1', '2026-11-25T09:00:00Z', '2026-11-25T09:00:00.200Z');
    const now = standup('st-2', '2026-11-25T09:00:00.400Z', null);
    expect(previousEndedAt([before, now], now)).toBe('2026-11-25T09:00:00.200Z');
  });

  it('leaves out a standup that started after this one', () => {
    const now = standup('st-1', '2026-11-25T09:00:00Z', null);
    const later = standup('st-2', '2026-11-25T09:00:00.400Z', '2026-11-25T09:10:00.000Z');
    expect(previousEndedAt([now, later], now)).toBeNull();
  });
});
