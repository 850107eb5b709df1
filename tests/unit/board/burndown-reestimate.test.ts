import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { Commitment, ScopeChange } from '../../../src/domain/planning/schema';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { item, sprint } from '../../helpers/fixtures';

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1, workingDays: [1, 2, 3, 4, 5], timeZone: 'UTC' };
// Mon 2 Nov – Fri 13 Nov 2026, today Thu 5 Nov.
const days = { startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' as const };
const today = '2026-11-05';

const commitmentOf = (items: readonly BacklogItem[]): Commitment => ({
  at: '2026-11-02T08:00:00.000Z',
  items: items.map((i) => ({ itemId: i.id, title: i.title, points: i.points })),
  committedPoints: items.reduce((sum, i) => sum + (i.points ?? 0), 0),
  personDays: 10,
  pointsPerPersonDay: 1,
  forecastPoints: 10,
  bufferPercent: 0,
  bufferPoints: 0,
  plannablePoints: 10,
});

const reestimate = (i: BacklogItem, at: string, before: number | null, after: number | null): ScopeChange => ({
  id: `re-${at}`,
  at,
  itemId: i.id,
  title: i.title,
  kind: 'reestimated',
  pointsBefore: before,
  pointsAfter: after,
  reason: 'Found more hosts',
  planned: true,
});

const remainingByDay = (chart: ReturnType<typeof burndown>) =>
  Object.fromEntries(chart.points.filter((p) => p.remaining !== null).map((p) => [p.label, p.remaining]));

describe('the burndown of a sprint with an item re-estimated while it runs', () => {
  it('steps on the day of the re-estimate and leaves the days before it at the size they had', () => {
    const s0 = sprint(days);
    const certs = item('Rotate certs', { sprintId: s0.id, points: 3 });
    const alerts = item('Tune alerts', { sprintId: s0.id, points: 5 });
    const commitment = commitmentOf([certs, alerts]);
    // Wednesday 10:00 "Rotate certs" is found to be 8, not 3; Thursday 10:00 "Tune alerts" drops from 5 to 2.
    const s = {
      ...s0,
      commitment,
      scopeChanges: [
        reestimate(certs, '2026-11-04T10:00:00.000Z', 3, 8),
        reestimate(alerts, '2026-11-05T10:00:00.000Z', 5, 2),
      ],
    };
    const chart = burndown(
      [
        { ...certs, points: 8 },
        { ...alerts, points: 2 },
      ],
      s,
      settings,
      today,
      emptyTeamCalendar(),
    );
    expect(chart.committed).toBe(8);
    // Start to Tue: 3 + 5 as committed. Wed: 8 + 5. Thu: 8 + 2.
    expect(remainingByDay(chart)).toEqual({ Start: 8, 'Mon 2': 8, 'Tue 3': 8, 'Wed 4': 13, 'Thu 5': 10 });
  });
});
