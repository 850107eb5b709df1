import { describe, expect, it } from 'vitest';
import { sprintFacts, standupFigures } from '../../../src/domain/retro/facts';
import { stepPhase } from '../../../src/domain/retro/phases';
import { newTimer, pauseTimer, remainingMs, startTimer } from '../../../src/domain/retro/timer';
import { formatTimerClock } from '../../../src/domain/shared/timer-clock';
import { defaultDefinitionOfReady } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { item, sprint } from '../../helpers/fixtures';

describe('sprint facts', () => {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const dor = defaultDefinitionOfReady(newId).filter((e) => e.rule !== null);
  const ready = { points: 5, description: 'why', acceptanceCriteria: [{ id: 'c', text: 'ok', done: false }] };

  it('computes committed vs completed, interrupts and the buffer from the items of an open sprint', () => {
    const items = [
      item('Upgrade k8s', { ...ready, sprintId: s.id, status: 'done' }),
      item('Rotate certs', { ...ready, points: 3, sprintId: s.id, status: 'in_progress' }),
      item('Vague story', { points: null, sprintId: s.id }),
      item('Page: disk full', {
        points: 2,
        sprintId: s.id,
        status: 'done',
        unplanned: true,
        interrupt: { key: 'INC-1', severity: 'sev2', hours: 3, takenBy: null, loggedAt: '2026-11-05T10:00:00.000Z' },
      }),
    ];
    const f = sprintFacts({
      sprint: { ...s, commitment: null },
      sprints: [s],
      items,
      definitionOfReady: dor,
      settings: { standardDayHours: 6, startingPointsPerPersonDay: 1 },
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(f.committedPoints).toBe(8);
    expect(f.completedPlannedPoints).toBe(5);
    expect(f.completedUnplannedPoints).toBe(2);
    expect(f.interrupts).toEqual({ count: 1, points: 2, hours: 3 });
    expect(f.bufferUsedPoints).toBe(2);
    expect(f.missedReady.map((m) => m.title)).toEqual(['Vague story']);
    expect(f.blockersRaised).toBeNull();
  });

  it('prefers the recorded result of a closed sprint', () => {
    const closed = {
      ...s,
      state: 'closed' as const,
      result: {
        closedAt: '2026-11-13T17:00:00.000Z',
        committedPoints: 20,
        completedPlannedPoints: 15,
        completedUnplannedPoints: 4,
        incompleteItemIds: [],
        incompleteTo: 'backlog' as const,
        bufferReservedPoints: 5,
        bufferUsedPoints: 6,
        personDays: 30,
      },
    };
    const f = sprintFacts({
      sprint: closed,
      sprints: [s],
      items: [],
      definitionOfReady: dor,
      settings: { standardDayHours: 6, startingPointsPerPersonDay: 1 },
      blockersRaised: 3,
      standupOvertimeMs: 90_000,
    });
    expect(f).toMatchObject({
      committedPoints: 20,
      completedPlannedPoints: 15,
      bufferPoints: 5,
      bufferUsedPoints: 6,
      fromResult: true,
      blockersRaised: 3,
    });
  });
});

describe('standup figures for the facts', () => {
  it('counts the sprint’s blockers and adds up ended standups’ overtime', () => {
    const standups = [
      { sprintId: 's1', summary: { overtimeMs: 60_000 } },
      { sprintId: 's1', summary: { overtimeMs: 30_000 } },
      { sprintId: 's1', summary: null },
      { sprintId: 's2', summary: { overtimeMs: 999_000 } },
    ];
    const blockers = [{ sprintId: 's1' }, { sprintId: 's1' }, { sprintId: 's2' }];
    expect(standupFigures('s1', standups, blockers)).toEqual({ blockersRaised: 2, standupOvertimeMs: 90_000 });
  });

  it('says "not recorded" (null) without standup data, and 0 blockers when standups ran without any', () => {
    expect(standupFigures('s1', undefined, undefined)).toEqual({ blockersRaised: null, standupOvertimeMs: null });
    expect(standupFigures('s1', [{ sprintId: 's1', summary: { overtimeMs: 0 } }], [])).toEqual({
      blockersRaised: 0,
      standupOvertimeMs: 0,
    });
  });
});

describe('phase timer', () => {
  const t0 = new Date('2026-11-20T10:00:00.000Z');
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it('derives remaining time from timestamps across pauses', () => {
    let t = startTimer(newTimer(300_000), t0);
    expect(remainingMs(t, at(60))).toBe(240_000);
    t = pauseTimer(t, at(60));
    expect(remainingMs(t, at(600))).toBe(240_000);
    t = startTimer(t, at(600));
    expect(remainingMs(t, at(900))).toBe(-60_000);
    expect(formatTimerClock(remainingMs(t, at(900)))).toBe('+1:00');
    expect(formatTimerClock(245_000)).toBe('4:05');
  });

  it('phases step forward and back and stop at the ends', () => {
    expect(stepPhase('retro', 'checkin', -1)).toBe('checkin');
    expect(stepPhase('retro', 'facts', 1)).toBe('write');
    expect(stepPhase('postmortem', 'timeline', -1)).toBe('incident');
    expect(stepPhase('postmortem', 'actions', 1)).toBe('actions');
  });
});
