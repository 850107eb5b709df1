import { describe, expect, it } from 'vitest';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';

/** What a timer shows, ms left (negative once over) → text: the retro's, the standup's and a review slot's. */
const SHOWN: [number, string][] = [
  [245_000, '4:05'],
  [60_000, '1:00'],
  [59_001, '1:00'],
  [500, '0:01'],
  [0, '0:00'],
  [-1, '0:00'],
  [-999, '0:00'],
  [-1_000, '+0:01'],
  [-12_400, '+0:12'],
  [-61_000, '+1:01'],
];

describe('the timers’ clock', () => {
  it('counts down to 0:00 at the time’s end, then the time over as "+0:01", never "-0:00"', () => {
    expect(SHOWN.map(([ms]) => [ms, formatTimerClock(ms)])).toEqual(SHOWN);
  });
});
