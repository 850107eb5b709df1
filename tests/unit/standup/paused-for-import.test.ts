import { describe, expect, it } from 'vitest';
import { applyTimerAction, pausedForImport, timerView } from '../../../src/domain/standup/timer';
import { at, benSpeaking } from './ben-speaking';

const LATER = Date.parse('2027-02-01T09:00:00.000Z');

describe("a standup's clock brought in from a file", () => {
  it('is paused as it stood when the file was written, and runs on from there when resumed', () => {
    const paused = pausedForImport(benSpeaking(), '2026-11-20T12:00:30.000Z');
    expect(timerView(paused, LATER)).toMatchObject({ paused: true, remainingMs: 30_000, overallRemainingMs: 270_000 });
    const resumed = applyTimerAction(paused, { kind: 'resume' }, LATER);
    expect(timerView(resumed, LATER + 10_000)).toMatchObject({
      paused: false,
      remainingMs: 20_000,
      overallRemainingMs: 260_000,
    });
  });

  it('counts only the time before its last start when the file was written before it (clocks apart)', () => {
    const paused = pausedForImport(benSpeaking(), '2026-11-20T08:00:00.000Z');
    expect(timerView(paused, LATER)).toMatchObject({ paused: true, remainingMs: 120_000, overallRemainingMs: 360_000 });
  });

  it('comes in as it was when already paused or ended', () => {
    const paused = applyTimerAction(benSpeaking(), { kind: 'pause' }, at('11:59:20'));
    expect(pausedForImport(paused, '2026-11-20T12:00:00.000Z')).toBe(paused);
    const ended = applyTimerAction(benSpeaking(), { kind: 'end' }, at('12:00:00'));
    expect(pausedForImport(ended, '2026-11-20T12:30:00.000Z')).toBe(ended);
  });
});
