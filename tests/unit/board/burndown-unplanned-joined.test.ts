import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import type { ScopeChange } from '../../../src/domain/planning/schema';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { item, sprint } from '../../helpers/fixtures';

/**
 * The burndown's unplanned series counts unplanned work from when it joined the sprint, not from when the
 * item was written: an old backlog ticket pulled in on Thursday is Thursday's unplanned work.
 */

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1, workingDays: [1, 2, 3, 4, 5], timeZone: 'UTC' };
// Mon 2 Nov – Fri 13 Nov 2026.
const days = { startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' as const };

const added = (itemId: string, at: string, points: number): ScopeChange => ({
  id: `sc-${at}`,
  at,
  itemId,
  title: 'Clean up the DNS zone',
  kind: 'added',
  pointsBefore: null,
  pointsAfter: points,
  reason: 'urgent',
  planned: false,
});

const unplannedByDate = (chart: ReturnType<typeof burndown>) =>
  Object.fromEntries(chart.points.map((p) => [p.label, p.unplanned]));

describe('the unplanned series', () => {
  it('counts an old backlog ticket from the day it was pulled into the sprint', () => {
    const old = item('Clean up the DNS zone', { points: 5, unplanned: true, createdAt: '2026-10-20T09:00:00.000Z' });
    const s = sprint({ ...days, scopeChanges: [added(old.id, '2026-11-05T10:00:00.000Z', 5)] });
    const chart = burndown([{ ...old, sprintId: s.id }], s, settings, '2026-11-06', emptyTeamCalendar());
    expect(unplannedByDate(chart)).toMatchObject({ 'Mon 2': 0, 'Tue 3': 0, 'Wed 4': 0, 'Thu 5': 5, 'Fri 6': 5 });
  });

  it('takes the latest time it was added when it left the sprint and came back', () => {
    const old = item('Clean up the DNS zone', { points: 3, unplanned: true, createdAt: '2026-10-20T09:00:00.000Z' });
    const removed: ScopeChange = {
      ...added(old.id, '2026-11-03T12:00:00.000Z', 3),
      kind: 'removed',
      pointsBefore: 3,
      pointsAfter: null,
    };
    const s = sprint({
      ...days,
      scopeChanges: [
        added(old.id, '2026-11-03T10:00:00.000Z', 3),
        removed,
        added(old.id, '2026-11-04T10:00:00.000Z', 3),
      ],
    });
    const chart = burndown([{ ...old, sprintId: s.id }], s, settings, '2026-11-05', emptyTeamCalendar());
    expect(unplannedByDate(chart)).toMatchObject({ 'Tue 3': 0, 'Wed 4': 3 });
  });

  it('counts unplanned work that says nothing of when it joined from the sprint start, not its creation', () => {
    // No scope change here and never logged as an interrupt (as work carried over at the last close).
    const carried = item('Flaky backups', { points: 2, unplanned: true, createdAt: '2026-11-03T09:00:00.000Z' });
    const s = sprint(days);
    const chart = burndown([{ ...carried, sprintId: s.id }], s, settings, '2026-11-04', emptyTeamCalendar());
    expect(unplannedByDate(chart)).toMatchObject({ Start: 0, 'Mon 2': 2, 'Tue 3': 2 });
  });
});
