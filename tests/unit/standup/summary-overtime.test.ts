import { describe, expect, it } from 'vitest';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';
import { buildSummary, summaryMarkdown } from '../../../src/domain/standup/summary';
import { applyTimerAction, createTimer, timerView } from '../../../src/domain/standup/timer';

const START = Date.parse('2026-11-24T09:30:00.000Z');

/** Ada alone, 90 s for her and for the standup, ended `afterMs` after the start. */
function endedAfter(afterMs: number) {
  const timer = createTimer({
    speakers: [{ memberId: 'ada', name: 'Ada' }],
    speakerMs: 90_000,
    totalMs: 90_000,
    now: START,
  });
  const clock = formatTimerClock(timerView(timer, START + afterMs).remainingMs);
  const ended = applyTimerAction(timer, { kind: 'end' }, START + afterMs);
  const summary = buildSummary({
    standupId: 's',
    timer: ended,
    notes: [],
    blockers: [],
    parkingLot: [],
    members: [{ id: 'ada', name: 'Ada' } as never],
    sprintName: null,
    timeZone: 'UTC',
    now: START + afterMs,
  });
  return { clock, markdown: summaryMarkdown(summary) };
}

describe('overtime in the standup summary, as the timer counted it', () => {
  it('is no overtime under a second over, where the clock still read 0:00 (never "0 s over")', () => {
    const { clock, markdown } = endedAfter(90_400);
    expect(clock).toBe('0:00');
    expect(markdown).toContain('Took 1 min 30 s of 1 min 30 s, within the timebox.');
    expect(markdown).toContain('| Ada | spoke | 1 min 30 s | — |');
  });

  it('is the whole seconds the clock showed over: +0:01 reads 1 s over, after 1 min 31 s', () => {
    const { clock, markdown } = endedAfter(91_600);
    expect(clock).toBe('+0:01');
    expect(markdown).toContain('Took 1 min 31 s of 1 min 30 s, 1 s over.');
    expect(markdown).toContain('| Ada | spoke | 1 min 31 s | 1 s |');
  });
});
