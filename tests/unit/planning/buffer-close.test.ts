import { describe, expect, it } from 'vitest';
import { bufferUsedPoints } from '../../../src/domain/planning/buffer';
import { sprintResultOf, velocityRows } from '../../../src/domain/planning/close';
import { defaultSprintDates } from '../../../src/domain/planning/defaults';
import { endAfterWorkingDays, workingDatesBetween } from '../../../src/domain/planning/calendar';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { item, sprint } from '../../helpers/fixtures';

const settings = { ...defaultTeamSettings(newId), standardDayHours: 6, startingPointsPerPersonDay: 1 };
const commitment = {
  at: '2026-11-02T09:00:00.000Z',
  items: [],
  committedPoints: 20,
  personDays: 15,
  pointsPerPersonDay: 2,
  forecastPoints: 30,
  bufferPercent: 20,
  bufferPoints: 6,
  plannablePoints: 24,
};
const interrupt = (hours: number | null) => ({
  key: 'INC-1',
  severity: 'sev2' as const,
  hours,
  takenBy: null,
  loggedAt: '2026-11-03T10:00:00.000Z',
});

describe('buffer used', () => {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', commitment });

  it('sums points of the sprint’s unplanned items, converting interrupt hours at the sprint rate', () => {
    const items = [
      item('Planned', { sprintId: s.id, points: 5 }),
      item('Unplanned story', { sprintId: s.id, unplanned: true, points: 3 }),
      // 3 h of a 6 h day at 2 points per person-day = 1 point.
      item('Pager storm', { sprintId: s.id, unplanned: true, interrupt: interrupt(3) }),
      item('No size yet', { sprintId: s.id, unplanned: true, interrupt: interrupt(null) }),
      item('Other sprint', { sprintId: 'elsewhere', unplanned: true, points: 8 }),
    ];
    expect(bufferUsedPoints(items, s, settings)).toBe(4);
  });

  it('converts at the starting velocity before a commitment exists', () => {
    const planned = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
    const items = [item('Pager', { sprintId: planned.id, unplanned: true, interrupt: interrupt(12) })];
    expect(bufferUsedPoints(items, planned, settings)).toBe(2);
  });
});

describe('sprint result', () => {
  it('splits completed planned from unplanned and lists incomplete items', () => {
    const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', commitment });
    const items = [
      item('Done planned', { sprintId: s.id, points: 5, status: 'done' }),
      item('Done added as planned', { sprintId: s.id, points: 3, status: 'done' }),
      item('Done interrupt', { sprintId: s.id, unplanned: true, interrupt: interrupt(6), status: 'done' }),
      item('Open interrupt', { sprintId: s.id, unplanned: true, points: 2, status: 'in_progress' }),
      item('Not finished', { sprintId: s.id, points: 8, status: 'review' }),
      item('Backlog', { points: 13, status: 'done' }),
    ];
    const r = sprintResultOf(s, items, settings, 'backlog', '2026-11-13T17:00:00.000Z', commitment.personDays);
    expect(r.completedPlannedPoints).toBe(8);
    expect(r.completedUnplannedPoints).toBe(2);
    expect(r.incompleteItemIds).toEqual([items[3]?.id, items[4]?.id]);
    expect(r.bufferReservedPoints).toBe(6);
    expect(r.bufferUsedPoints).toBe(4);
    expect(r.committedPoints).toBe(20);
    expect(r.personDays).toBe(15);
  });

  it('velocity rows are the last 7 closed sprints, oldest first, with points per person-day', () => {
    const result = (planned: number) => ({
      closedAt: '2026-11-13T17:00:00.000Z',
      committedPoints: planned + 2,
      completedPlannedPoints: planned,
      completedUnplannedPoints: 1,
      incompleteItemIds: [],
      incompleteTo: 'backlog' as const,
      bufferReservedPoints: 4,
      bufferUsedPoints: 3,
      personDays: 10,
    });
    const sprints = Array.from({ length: 9 }, (_, n) =>
      sprint({
        name: `S${n + 1}`,
        startDate: `2026-0${n + 1}-01`,
        endDate: `2026-0${n + 1}-10`,
        state: 'closed',
        result: result(10 + n),
      }),
    ).reverse();
    sprints.push(sprint({ name: 'Open', startDate: '2026-10-01', endDate: '2026-10-10' }));
    const rows = velocityRows(sprints);
    expect(rows.map((r) => r.name)).toEqual(['S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9']);
    expect(rows[0]).toMatchObject({ committed: 14, completedPlanned: 12, bufferReserved: 4, bufferUsed: 3 });
    // S3: (12 planned + 1 unplanned) ÷ 10 person-days.
    expect(rows[0]?.pointsPerPersonDay).toBe(1.3);
  });
});

describe('sprint dates', () => {
  it('counts working days and ends a sprint after the team’s sprint length', () => {
    expect(workingDatesBetween('2026-11-02', '2026-11-15', [1, 2, 3, 4, 5])).toHaveLength(10);
    expect(endAfterWorkingDays('2026-11-02', 10, [1, 2, 3, 4, 5])).toBe('2026-11-13');
  });

  it('defaults a new sprint to the next working day after the last one, for the sprint length', () => {
    const today = new Date('2026-11-01T12:00:00Z'); // a Sunday
    expect(defaultSprintDates(today, settings, [])).toEqual({ startDate: '2026-11-02', endDate: '2026-11-13' });
    const after = defaultSprintDates(today, { ...settings, sprintLengthDays: 5 }, [{ endDate: '2026-11-13' }]);
    expect(after).toEqual({ startDate: '2026-11-16', endDate: '2026-11-20' });
  });

  it('starts a new sprint from the team’s today, in its time zone', () => {
    // Sat 5 Dec 03:00 UTC is still Fri 4 Dec 19:00 in Los Angeles, a working day.
    const evening = new Date('2026-12-05T03:00:00Z');
    const la = { ...settings, sprintLengthDays: 5, timeZone: 'America/Los_Angeles' };
    expect(defaultSprintDates(evening, la, [])).toEqual({ startDate: '2026-12-04', endDate: '2026-12-10' });
    // In UTC the same moment is Saturday: the sprint starts on Monday.
    expect(defaultSprintDates(evening, { ...la, timeZone: 'UTC' }, [])).toEqual({
      startDate: '2026-12-07',
      endDate: '2026-12-11',
    });
  });
});
