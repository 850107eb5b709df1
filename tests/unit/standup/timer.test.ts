import { describe, expect, it } from 'vitest';
import type { TimerState } from '../../../src/domain/standup/schema';
import {
  applyTimerAction,
  createTimer,
  timerView,
  type Speaker,
  type TimerAction,
} from '../../../src/domain/standup/timer';
import { formatTimerClock as formatClock } from '../../../src/domain/shared/timer-clock';

/** A fake clock: time moves only when the test says so. */
function fakeClock(start = Date.parse('2026-11-27T09:00:00.000Z')) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

const S = 1000;
const speakers: Speaker[] = [
  { memberId: 'a', name: 'Ada' },
  { memberId: 'b', name: 'Bo' },
  { memberId: 'c', name: 'Cy' },
];

function start(clock = fakeClock(), list = speakers) {
  let state: TimerState = createTimer({ speakers: list, speakerMs: 90 * S, totalMs: 15 * 60 * S, now: clock.now() });
  const act = (action: TimerAction) => {
    state = applyTimerAction(state, action, clock.now());
    return state;
  };
  return { clock, act, view: () => timerView(state, clock.now()), state: () => state };
}

describe('standup timer', () => {
  it('counts the first speaker down from the timebox and shows who is next', () => {
    const t = start();
    t.clock.advance(30 * S);
    expect(t.view().current?.name).toBe('Ada');
    expect(t.view().next?.name).toBe('Bo');
    expect(t.view().remainingMs).toBe(60 * S);
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 30 * S);
  });

  it('freezes both clocks while paused and continues from there after resume', () => {
    const t = start();
    t.clock.advance(20 * S);
    t.act({ kind: 'pause' });
    t.clock.advance(5 * 60 * S);
    expect(t.view().paused).toBe(true);
    expect(t.view().remainingMs).toBe(70 * S);
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 20 * S);
    t.act({ kind: 'resume' });
    t.clock.advance(10 * S);
    expect(t.view().remainingMs).toBe(60 * S);
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 30 * S);
  });

  it('treats a second pause or resume as harmless', () => {
    const t = start();
    t.clock.advance(10 * S);
    t.act({ kind: 'pause' });
    t.clock.advance(10 * S);
    t.act({ kind: 'pause' });
    t.clock.advance(10 * S);
    t.act({ kind: 'resume' });
    t.act({ kind: 'resume' });
    expect(t.view().remainingMs).toBe(80 * S);
  });

  it('goes negative in overtime', () => {
    const t = start();
    t.clock.advance(100 * S);
    expect(t.view().remainingMs).toBe(-10 * S);
    expect(t.view().overtime).toBe(true);
    expect(formatClock(t.view().remainingMs)).toBe('+0:10');
  });

  it('adds time to the current speaker only', () => {
    const t = start();
    t.clock.advance(100 * S);
    t.act({ kind: 'add_time', ms: 30 * S });
    expect(t.view().remainingMs).toBe(20 * S);
    expect(t.view().overtime).toBe(false);
    t.act({ kind: 'next' });
    expect(t.view().remainingMs).toBe(90 * S);
  });

  it('refuses to add no time or too much', () => {
    const t = start();
    expect(() => t.act({ kind: 'add_time', ms: 0 })).toThrow(/between 1 second and 10 minutes/);
    expect(() => t.act({ kind: 'add_time', ms: 11 * 60 * S })).toThrow(/between 1 second and 10 minutes/);
  });

  it('skips an absent speaker and moves to the next one', () => {
    const t = start();
    t.clock.advance(3 * S);
    t.act({ kind: 'skip' });
    expect(t.view().current?.name).toBe('Bo');
    expect(t.state().turns[0]).toMatchObject({ status: 'skipped', spentMs: 3 * S });
  });

  it('is right after a long hidden-window gap, with no ticks in between', () => {
    const t = start();
    t.clock.advance(45 * S);
    t.act({ kind: 'next' });
    // The window was hidden for 4 minutes: nothing ran, yet the figures are exact.
    t.clock.advance(4 * 60 * S + 250);
    expect(t.view().current?.name).toBe('Bo');
    expect(t.view().remainingMs).toBe(90 * S - (4 * 60 * S + 250));
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 45 * S - (4 * 60 * S + 250));
  });

  it('starts the next speaker running even when "Next" comes during a pause', () => {
    const t = start();
    t.clock.advance(10 * S);
    t.act({ kind: 'pause' });
    t.clock.advance(60 * S);
    t.act({ kind: 'next' });
    t.clock.advance(5 * S);
    expect(t.view().paused).toBe(false);
    expect(t.view().remainingMs).toBe(85 * S);
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 15 * S);
  });

  it('ends after the last speaker and keeps the overall time frozen', () => {
    const t = start();
    for (const spoke of [30, 40, 100]) {
      t.clock.advance(spoke * S);
      t.act({ kind: 'next' });
    }
    t.clock.advance(60 * S);
    expect(t.view().ended).toBe(true);
    expect(t.view().current).toBeNull();
    expect(t.view().overallRemainingMs).toBe(15 * 60 * S - 170 * S);
    expect(t.state().turns.map((x) => [x.status, x.spentMs])).toEqual([
      ['done', 30 * S],
      ['done', 40 * S],
      ['done', 100 * S],
    ]);
    expect(() => t.act({ kind: 'next' })).toThrow(/already ended/);
  });

  it('starts with the first person present and skips those marked absent', () => {
    const t = start(fakeClock(), [
      { memberId: 'a', name: 'Ada', absent: true },
      { memberId: 'b', name: 'Bo' },
      { memberId: 'c', name: 'Cy', absent: true },
    ]);
    expect(t.view().current?.name).toBe('Bo');
    expect(t.view().next).toBeNull();
    expect(t.view().present).toBe(1);
    t.act({ kind: 'next' });
    expect(t.view().ended).toBe(true);
  });

  it('refuses to start with nobody, or with everybody absent', () => {
    expect(() => createTimer({ speakers: [], speakerMs: 1, totalMs: 1, now: 0 })).toThrow(/no members/);
    expect(() =>
      createTimer({ speakers: [{ memberId: 'a', name: 'Ada', absent: true }], speakerMs: 1, totalMs: 1, now: 0 }),
    ).toThrow(/Everyone is marked absent/);
  });

  it('ending early leaves the rest as not having spoken', () => {
    const t = start();
    t.clock.advance(20 * S);
    t.act({ kind: 'end' });
    expect(t.state().turns.map((x) => x.status)).toEqual(['done', 'waiting', 'waiting']);
  });
});

describe('formatClock', () => {
  it('rounds up while counting down and shows the time over after a plus', () => {
    expect(formatClock(90 * S)).toBe('1:30');
    expect(formatClock(89_001)).toBe('1:30');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-500)).toBe('0:00');
    expect(formatClock(-61 * S)).toBe('+1:01');
  });
});
