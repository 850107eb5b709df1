import { describe, expect, it } from 'vitest';
import { STOPPED, elapsedMs, pauseTimer, remainingMs, startTimer } from '../../../src/domain/review/slot-timer';
import { formatTimerClock as formatRemaining } from '../../../src/domain/shared/timer-clock';

describe('slot timer', () => {
  it('derives elapsed time from timestamps across pauses', () => {
    let t = startTimer(STOPPED, 1_000);
    t = pauseTimer(t, 61_000);
    expect(elapsedMs(t, 500_000)).toBe(60_000);
    t = startTimer(t, 100_000);
    expect(elapsedMs(t, 130_000)).toBe(90_000);
    expect(remainingMs(t, 5, 130_000)).toBe(210_000);
  });

  it('shows overrun with a plus sign', () => {
    expect(formatRemaining(245_000)).toBe('4:05');
    expect(formatRemaining(-32_000)).toBe('+0:32');
  });
});
