import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import type { Commitment } from '../../../src/domain/planning/schema';
import { emptyTeamCalendar, type TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { item, sprint } from '../../helpers/fixtures';

const settings = {
  standardDayHours: 6,
  startingPointsPerPersonDay: 1,
  workingDays: [1, 2, 3, 4, 5],
  timeZone: 'UTC',
};
const commitment = (points: number): Commitment => ({
  at: '2026-11-02T08:00:00.000Z',
  items: [],
  committedPoints: points,
  personDays: 10,
  pointsPerPersonDay: 1,
  forecastPoints: points,
  bufferPercent: 0,
  bufferPoints: 0,
  plannablePoints: points,
});

// Mon 2 Nov – Fri 13 Nov 2026: ten working days and one weekend.
const base = { startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' as const, commitment: commitment(10) };

describe('burndown', () => {
  it('lowers the ideal line evenly over working days and keeps it flat at the weekend', () => {
    const s = sprint(base);
    const { points } = burndown([], s, settings, '2026-11-20', emptyTeamCalendar());
    expect(points[0]).toMatchObject({ label: 'Start', ideal: 10 });
    const byDate = Object.fromEntries(points.map((p) => [p.date, p]));
    expect(byDate['2026-11-02']?.ideal).toBe(9);
    expect(byDate['2026-11-06']?.ideal).toBe(5);
    expect(byDate['2026-11-07']).toMatchObject({ ideal: 5, idle: 'weekend' });
    expect(byDate['2026-11-08']).toMatchObject({ ideal: 5, idle: 'weekend' });
    expect(byDate['2026-11-13']?.ideal).toBe(0);
  });

  it('keeps the ideal flat on holidays; a freeze day is a working day, as in capacity', () => {
    const s = sprint(base);
    const calendar: TeamCalendar = {
      // The team calendar's holidays in other sprints do not idle this one's days.
      holidays: [
        { id: 'h', date: '2026-11-11', name: 'Armistice Day' },
        { id: 'x', date: '2026-12-25', name: 'Christmas Day' },
      ],
      changeWindows: [
        { id: 'f', name: 'Freeze', kind: 'freeze', start: '2026-11-12T00:00:00.000Z', end: '2026-11-13T00:00:00.000Z' },
        // A short night window is not a freeze and does not idle the day.
        { id: 'w', name: 'Window', kind: 'window', start: '2026-11-03T22:00:00.000Z', end: '2026-11-04T02:00:00.000Z' },
      ],
    };
    const byDate = Object.fromEntries(burndown([], s, settings, '2026-11-01', calendar).points.map((p) => [p.date, p]));
    // 9 burning days (10 working days less the holiday; the freeze still burns): 10 points fall by 1.11 a day.
    expect(byDate['2026-11-02']?.ideal).toBe(8.89);
    expect(byDate['2026-11-10']?.ideal).toBe(2.22);
    expect(byDate['2026-11-11']).toMatchObject({ ideal: 2.22, idle: 'holiday' });
    expect(byDate['2026-11-12']).toMatchObject({ ideal: 1.11, idle: null });
    expect(byDate['2026-11-13']?.ideal).toBe(0);
    expect(byDate['2026-11-04']?.idle).toBeNull();
  });

  it('counts planned points left at the end of each day, and nothing for days ahead', () => {
    const s = sprint(base);
    const items = [
      item('A', { sprintId: s.id, points: 5, status: 'done', completedAt: '2026-11-03T15:00:00.000Z' }),
      item('B', { sprintId: s.id, points: 3 }),
      item('C', { sprintId: s.id, points: 2, status: 'done', completedAt: '2026-11-04T09:00:00.000Z' }),
      item('Not in sprint', { points: 8 }),
    ];
    const byDate = Object.fromEntries(
      burndown(items, s, settings, '2026-11-04', emptyTeamCalendar()).points.map((p) => [p.date, p]),
    );
    expect(byDate['2026-11-02']?.remaining).toBe(10);
    expect(byDate['2026-11-03']?.remaining).toBe(5);
    expect(byDate['2026-11-04']?.remaining).toBe(3);
    expect(byDate['2026-11-05']?.remaining).toBeNull();
  });

  it('shows unplanned work separately, not in the planned line, and marks the scope change', () => {
    const s = sprint({
      ...base,
      scopeChanges: [
        {
          id: 'sc',
          at: '2026-11-03T10:00:00.000Z',
          itemId: 'x',
          title: 'Disk full on db-3',
          kind: 'added',
          pointsBefore: null,
          pointsAfter: 3,
          reason: '',
          planned: false,
        },
      ],
    });
    const items = [
      item('Planned', { sprintId: s.id, points: 10 }),
      item('Disk full on db-3', {
        sprintId: s.id,
        points: 3,
        unplanned: true,
        createdAt: '2026-11-03T10:00:00.000Z',
        interrupt: { key: 'INC-9', severity: 'sev2', hours: null, takenBy: null, loggedAt: '2026-11-03T10:00:00.000Z' },
      }),
    ];
    const byDate = Object.fromEntries(
      burndown(items, s, settings, '2026-11-05', emptyTeamCalendar()).points.map((p) => [p.date, p]),
    );
    expect(byDate['2026-11-02']).toMatchObject({ remaining: 10, unplanned: 0 });
    expect(byDate['2026-11-03']).toMatchObject({ remaining: 10, unplanned: 3 });
    expect(byDate['2026-11-03']?.scopeChanges).toEqual(['+3 points added (unplanned): Disk full on db-3']);
    expect(byDate['2026-11-04']?.scopeChanges).toEqual([]);
  });

  it('counts a planned item added mid-sprint only from the day it was added', () => {
    const late = item('Late', { points: 5 });
    const s = sprint({
      ...base,
      scopeChanges: [
        {
          id: 'sc',
          at: '2026-11-04T10:00:00.000Z',
          itemId: late.id,
          title: 'Late',
          kind: 'added',
          pointsBefore: null,
          pointsAfter: 5,
          reason: 'Customer ask',
          planned: true,
        },
      ],
    });
    const items = [item('Base', { sprintId: s.id, points: 10 }), { ...late, sprintId: s.id }];
    const byDate = Object.fromEntries(
      burndown(items, s, settings, '2026-11-05', emptyTeamCalendar()).points.map((p) => [p.date, p]),
    );
    expect(byDate['2026-11-03']?.remaining).toBe(10);
    expect(byDate['2026-11-04']?.remaining).toBe(15);
  });

  it('draws at most 400 days of a sprint whose end was damaged by hand', () => {
    const s = sprint({ ...base, endDate: '9999-12-31' });
    const { points } = burndown([], s, settings, '2026-11-04', emptyTeamCalendar());
    expect(points).toHaveLength(401);
    expect(points.at(-1)?.date).toBe('2027-12-06');
  });

  it('counts each day from midnight to midnight in the team’s time zone', () => {
    // Sydney is UTC+11 in November: its Tue 3 Nov starts at 13:00 UTC on Mon 2 Nov.
    const sydney = { ...settings, timeZone: 'Australia/Sydney' };
    const late = item('Late', { points: 2 });
    const s = sprint({
      ...base,
      scopeChanges: [
        {
          id: 'sc',
          // Wed 4 Nov 08:00 in Sydney.
          at: '2026-11-03T21:00:00.000Z',
          itemId: late.id,
          title: 'Late',
          kind: 'added',
          pointsBefore: null,
          pointsAfter: 2,
          reason: 'Customer ask',
          planned: true,
        },
      ],
    });
    const items = [
      // Done on Tue 3 Nov at 09:30 in Sydney, still Mon 2 Nov in UTC.
      item('A', { sprintId: s.id, points: 4, status: 'done', completedAt: '2026-11-02T22:30:00.000Z' }),
      // Done on Mon 2 Nov at 23:30 in Sydney, already Mon 2 Nov 12:30 in UTC: the same day both ways.
      item('B', { sprintId: s.id, points: 1, status: 'done', completedAt: '2026-11-02T12:30:00.000Z' }),
      item('C', { sprintId: s.id, points: 5 }),
      { ...late, sprintId: s.id },
    ];
    const byDate = Object.fromEntries(
      burndown(items, s, sydney, '2026-11-04', emptyTeamCalendar()).points.map((p) => [p.date, p]),
    );
    expect(byDate['2026-11-02']?.remaining).toBe(9);
    expect(byDate['2026-11-03']?.remaining).toBe(5);
    expect(byDate['2026-11-03']?.scopeChanges).toEqual([]);
    expect(byDate['2026-11-04']).toMatchObject({ remaining: 7, scopeChanges: ['+2 points added: Late'] });
    // The same items read in UTC: A's completion and the scope change fall a day earlier.
    const inUtc = Object.fromEntries(
      burndown(items, s, settings, '2026-11-04', emptyTeamCalendar()).points.map((p) => [p.date, p]),
    );
    expect(inUtc['2026-11-02']?.remaining).toBe(5);
    expect(inUtc['2026-11-03']).toMatchObject({ remaining: 7, scopeChanges: ['+2 points added: Late'] });
  });
});

/** Work dated outside the sprint's days: before its first day it counts on the first, after its last on the last. */
describe('the burndown of work dated outside the sprint’s days', () => {
  const interrupt = (title: string, at: string, sprintId: string) =>
    item(title, {
      sprintId,
      points: 2,
      unplanned: true,
      createdAt: at,
      interrupt: { key: '', severity: 'sev2', hours: null, takenBy: null, loggedAt: at },
    });
  const added = (itemId: string, title: string, at: string) => ({
    id: `sc-${itemId}`,
    at,
    itemId,
    title,
    kind: 'added' as const,
    pointsBefore: null,
    pointsAfter: 2,
    reason: '',
    planned: false,
  });

  it('burns work done before the start on the first day: the start shows all that was committed', () => {
    const s = sprint(base);
    const items = [
      // Finished on the Friday before the Monday start.
      item('A', { sprintId: s.id, points: 4, status: 'done', completedAt: '2026-10-30T15:00:00.000Z' }),
      item('B', { sprintId: s.id, points: 6 }),
    ];
    const [start, first] = burndown(items, s, settings, '2026-11-03', emptyTeamCalendar()).points;
    expect(start).toMatchObject({ label: 'Start', ideal: 10, remaining: 10 });
    expect(first).toMatchObject({ date: '2026-11-02', remaining: 6 });
  });

  it('counts on the last day what was done and logged after it, until a late close', () => {
    const logged = '2026-11-14T09:00:00.000Z';
    const s = sprint({ ...base, state: 'closed' });
    const carried = item('Carried', {
      sprintId: 'next',
      points: 5,
      status: 'done',
      completedAt: '2026-11-18T10:00:00.000Z',
    });
    const late = item('Late', { sprintId: s.id, points: 5, status: 'done', completedAt: '2026-11-16T10:00:00.000Z' });
    const pager = interrupt('Pager storm', logged, s.id);
    s.commitment = {
      ...commitment(10),
      items: [late, carried].map((i) => ({ itemId: i.id, title: i.title, points: 5 })),
    };
    s.scopeChanges = [added(pager.id, 'Pager storm', logged)];
    s.result = {
      closedAt: '2026-11-16T12:00:00.000Z',
      committedPoints: 10,
      completedPlannedPoints: 5,
      completedUnplannedPoints: 0,
      incompleteItemIds: [carried.id],
      incompleteTo: 'next_sprint',
      bufferReservedPoints: 0,
      bufferUsedPoints: 2,
      personDays: 10,
    };
    const last = burndown([late, carried, pager], s, settings, '2026-11-20', emptyTeamCalendar()).points.at(-1);
    // Done on the Monday after the end, before the close; the carried item was done in the next sprint.
    expect(last).toMatchObject({ date: '2026-11-13', remaining: 5, unplanned: 2 });
    expect(last?.scopeChanges).toEqual(['+2 points added (unplanned): Pager storm']);
  });

  it('counts on the last day what is done and logged after it while the sprint is still open', () => {
    const logged = '2026-11-16T09:00:00.000Z';
    const s = sprint(base);
    const pager = interrupt('Pager storm', logged, s.id);
    s.scopeChanges = [added(pager.id, 'Pager storm', logged)];
    const items = [
      item('Late', { sprintId: s.id, points: 7, status: 'done', completedAt: '2026-11-16T10:00:00.000Z' }),
      item('Open', { sprintId: s.id, points: 3 }),
      pager,
    ];
    const last = burndown(items, s, settings, '2026-11-16', emptyTeamCalendar()).points.at(-1);
    expect(last).toMatchObject({ date: '2026-11-13', remaining: 3, unplanned: 2 });
    expect(last?.scopeChanges).toEqual(['+2 points added (unplanned): Pager storm']);
  });
});
