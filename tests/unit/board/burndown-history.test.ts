import { describe, expect, it } from 'vitest';
import { burndown } from '../../../src/domain/board/burndown';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { Commitment, ScopeChange } from '../../../src/domain/planning/schema';
import { emptyTeamCalendar } from '../../../src/domain/planning/team-calendar';
import { item, itemFields, sprint } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * A past day of the burndown says what the sprint held that day: a later removal, re-add, or delete
 * followed by Undo shows on the day it happened and leaves the days before it as they were.
 */

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1, workingDays: [1, 2, 3, 4, 5], timeZone: 'UTC' };
// Mon 2 Nov – Fri 13 Nov 2026; "today" is Thu 5 Nov in every test.
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

let seq = 0;
function change(
  i: Pick<BacklogItem, 'id' | 'title'>,
  kind: ScopeChange['kind'],
  at: string,
  points: number | null,
  extra: Partial<ScopeChange> = {},
): ScopeChange {
  return {
    id: `sc-${++seq}`,
    at,
    itemId: i.id,
    title: i.title,
    kind,
    pointsBefore: kind === 'added' ? null : points,
    pointsAfter: kind === 'removed' ? null : points,
    reason: 'because',
    planned: true,
    ...extra,
  };
}

const byLabel = (chart: ReturnType<typeof burndown>, series: 'remaining' | 'unplanned' = 'remaining') =>
  Object.fromEntries(chart.points.filter((p) => p.remaining !== null).map((p) => [p.label, p[series]]));

/** The sprint of the report's repro: 3 + 5 + 2 = 10 points committed, the 2-point item done on Tuesday. */
function committedSprint() {
  const s0 = sprint(days);
  const a = item('Patch kernel', { sprintId: s0.id, points: 3 });
  const b = item('Upgrade k8s', { sprintId: s0.id, points: 5 });
  const c = item('Tune alerts', {
    sprintId: s0.id,
    points: 2,
    status: 'done',
    completedAt: '2026-11-03T15:00:00.000Z',
  });
  return { s0, a, b, c, commitment: commitmentOf([a, b, c]) };
}

describe('the burndown keeps past days', () => {
  it('shows a removal on the day it happened, whether or not the removed item is passed in', () => {
    const { s0, a, b, c, commitment } = committedSprint();
    // Thursday 11:00: "Upgrade k8s" (5) goes back to the backlog, where it is re-estimated to 8 later.
    const s = { ...s0, commitment, scopeChanges: [change(b, 'removed', '2026-11-05T11:00:00.000Z', 5)] };
    const backlogB = { ...b, sprintId: null, points: 8 };
    // Start and Mon: 3 + 5 + 2 = 10. Tue and Wed: the 2 is done, 10 − 2 = 8.
    // Thu: the 5 it had when it left goes too, 8 − 5 = 3 (not the 8 it has in the backlog now).
    const expected = { Start: 10, 'Mon 2': 10, 'Tue 3': 8, 'Wed 4': 8, 'Thu 5': 3 };
    // The board passes the sprint's cards only; the item that left is found in the sprint's record.
    expect(byLabel(burndown([a, c], s, settings, today, emptyTeamCalendar()))).toEqual(expected);
    // Passed all the team's items, the chart is the same.
    expect(byLabel(burndown([a, backlogB, c], s, settings, today, emptyTeamCalendar()))).toEqual(expected);
  });

  it('shows a deletion on its day, from the points its scope change recorded', () => {
    const { s0, a, b, c, commitment } = committedSprint();
    const s = {
      ...s0,
      commitment,
      scopeChanges: [change(a, 'removed', '2026-11-05T11:10:00.000Z', 3, { reason: 'Deleted from the backlog' })],
    };
    // The deleted item is gone from the items; its 3 points count until Thursday 11:10.
    // Start, Mon: 10. Tue, Wed: 10 − 2 (done) = 8. Thu: 8 − 3 (deleted) = 5.
    expect(byLabel(burndown([b, c], s, settings, today, emptyTeamCalendar()))).toEqual({
      Start: 10,
      'Mon 2': 10,
      'Tue 3': 8,
      'Wed 4': 8,
      'Thu 5': 5,
    });
  });

  it('changes nothing when a delete is undone seconds later', () => {
    const { s0, a, b, c, commitment } = committedSprint();
    // deleteItem logs a removal, restoreItem an "added" change 5 s later; the item is back as it was.
    const s = {
      ...s0,
      commitment,
      scopeChanges: [
        change(a, 'removed', '2026-11-05T11:10:00.000Z', 3, { reason: 'Deleted from the backlog' }),
        change(a, 'added', '2026-11-05T11:10:05.000Z', 3, { reason: 'Deletion undone' }),
      ],
    };
    // As if nothing happened: Start, Mon 10; Tue, Wed, Thu 10 − 2 (done) = 8.
    expect(byLabel(burndown([a, b, c], s, settings, today, emptyTeamCalendar()))).toEqual({
      Start: 10,
      'Mon 2': 10,
      'Tue 3': 8,
      'Wed 4': 8,
      'Thu 5': 8,
    });
  });

  it('counts an item removed and added back only while it was in the sprint', () => {
    const { s0, a, b, c, commitment } = committedSprint();
    // "Upgrade k8s" (5) leaves on Tuesday at noon and comes back on Thursday at 09:00.
    const s = {
      ...s0,
      commitment,
      scopeChanges: [
        change(b, 'removed', '2026-11-03T12:00:00.000Z', 5),
        change(b, 'added', '2026-11-05T09:00:00.000Z', 5),
      ],
    };
    // Start, Mon: 10. Tue: 10 − 5 (out at noon) − 2 (done at 15:00) = 3. Wed: still out, 3.
    // Thu: back, 3 + 5 = 8.
    expect(byLabel(burndown([a, b, c], s, settings, today, emptyTeamCalendar()))).toEqual({
      Start: 10,
      'Mon 2': 10,
      'Tue 3': 3,
      'Wed 4': 3,
      'Thu 5': 8,
    });
  });

  it('keeps the unplanned work of past days when an interrupt is deleted, or deleted and restored', () => {
    const s0 = sprint(days);
    const planned = item('Base', { sprintId: s0.id, points: 10 });
    const interrupt = (title: string) =>
      item(title, {
        sprintId: s0.id,
        points: 2,
        unplanned: true,
        createdAt: '2026-11-03T10:00:00.000Z',
        interrupt: { key: '', severity: 'sev2', hours: null, takenBy: null, loggedAt: '2026-11-03T10:00:00.000Z' },
      });
    const restored = interrupt('Disk full on db-3');
    const gone = interrupt('Cert expired');
    const unplanned = { planned: false };
    const s = {
      ...s0,
      commitment: commitmentOf([planned]),
      scopeChanges: [
        // Both logged on Tuesday at 10:00 (logInterrupt's "added" change).
        change(restored, 'added', '2026-11-03T10:00:00.000Z', 2, unplanned),
        change(gone, 'added', '2026-11-03T10:00:00.000Z', 2, unplanned),
        // Thursday: one deleted and restored 5 s later, the other deleted for good.
        change(restored, 'removed', '2026-11-05T10:00:00.000Z', 2, unplanned),
        change(restored, 'added', '2026-11-05T10:00:05.000Z', 2, unplanned),
        change(gone, 'removed', '2026-11-05T11:00:00.000Z', 2, unplanned),
      ],
    };
    // Start, Mon: 0. Tue, Wed: 2 + 2 = 4. Thu: the restored one's 2 (the other was deleted).
    expect(byLabel(burndown([planned, restored], s, settings, today, emptyTeamCalendar()), 'unplanned')).toEqual({
      Start: 0,
      'Mon 2': 0,
      'Tue 3': 4,
      'Wed 4': 4,
      'Thu 5': 2,
    });
    // The planned line is the 10 committed throughout.
    expect(Object.values(byLabel(burndown([planned, restored], s, settings, today, emptyTeamCalendar())))).toEqual([
      10, 10, 10, 10, 10,
    ]);
  });
});

describe('the burndown after the real scope changes', () => {
  it('keeps past days through an unplan, a re-add and a delete + Undo, from the sprint’s cards only', async () => {
    let now = new Date('2026-11-01T09:00:00.000Z');
    const { api } = await inProcessApi({ now: () => now });
    const team = await api.createTeam({ name: 'Platform' });
    const create = (title: string, points: number) =>
      api.createItem({ teamId: team.id, item: itemFields(title, { points }) });
    const a = await create('Patch kernel', 3);
    const b = await create('Upgrade k8s', 5);
    const c = await create('Tune alerts', 2);
    const sprintId = (
      await api.createSprint({
        teamId: team.id,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    for (const i of [a, b, c]) await api.planItem({ teamId: team.id, sprintId, itemId: i.id });
    now = new Date('2026-11-02T08:00:00.000Z');
    await api.startSprint({ teamId: team.id, sprintId });
    now = new Date('2026-11-03T15:00:00.000Z');
    await api.moveBoardCard({ teamId: team.id, itemId: c.id, status: 'done' });

    // As the board draws it: the sprint's cards only.
    const chart = async () => {
      const doc = await api.getTeam({ teamId: team.id });
      const s = doc.sprints.find((x) => x.id === sprintId)!;
      const cards = doc.items.filter((i) => i.sprintId === sprintId);
      return byLabel(burndown(cards, s, doc.settings, today, doc.calendar));
    };
    // Start, Mon: 3 + 5 + 2 = 10. Tue, Wed, Thu: the 2 is done, 8.
    const untouched = { Start: 10, 'Mon 2': 10, 'Tue 3': 8, 'Wed 4': 8, 'Thu 5': 8 };
    expect(await chart()).toEqual(untouched);

    now = new Date('2026-11-05T11:00:00.000Z');
    await api.unplanItem({ teamId: team.id, itemId: b.id, reason: 'Vendor delay', planned: true });
    // Only Thursday loses the 5: 8 − 5 = 3.
    expect(await chart()).toEqual({ ...untouched, 'Thu 5': 3 });

    await api.planItem({ teamId: team.id, sprintId, itemId: b.id, reason: 'Vendor ok', planned: true });
    expect(await chart()).toEqual(untouched);

    now = new Date('2026-11-05T11:10:00.000Z');
    await api.deleteItem({ teamId: team.id, itemId: a.id });
    // Deleted: Thursday loses the 3, 8 − 3 = 5.
    expect(await chart()).toEqual({ ...untouched, 'Thu 5': 5 });
    now = new Date('2026-11-05T11:10:05.000Z');
    await api.restoreItem({ teamId: team.id, itemId: a.id });
    expect(await chart()).toEqual(untouched);
  });
});

describe('the burndown after a done item is deleted', () => {
  it('keeps the days it was done on as they were', async () => {
    let now = new Date('2026-11-01T09:00:00.000Z');
    const { api } = await inProcessApi({ now: () => now });
    const team = await api.createTeam({ name: 'Platform' });
    const ids: string[] = [];
    for (const [title, points] of [
      ['Patch kernel', 3],
      ['Upgrade k8s', 5],
      ['Tune alerts', 2],
    ] as const) {
      ids.push((await api.createItem({ teamId: team.id, item: itemFields(title, { points }) })).id);
    }
    const sprintId = (
      await api.createSprint({
        teamId: team.id,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    for (const itemId of ids) await api.planItem({ teamId: team.id, sprintId, itemId });
    now = new Date('2026-11-02T08:00:00.000Z');
    await api.startSprint({ teamId: team.id, sprintId });
    now = new Date('2026-11-03T15:00:00.000Z');
    await api.moveBoardCard({ teamId: team.id, itemId: ids[2]!, status: 'done' });
    // Thursday: the done "Tune alerts" is deleted for good (no Undo).
    now = new Date('2026-11-05T11:10:00.000Z');
    await api.deleteItem({ teamId: team.id, itemId: ids[2]! });

    const doc = await api.getTeam({ teamId: team.id });
    const s = doc.sprints.find((x) => x.id === sprintId)!;
    const cards = doc.items.filter((i) => i.sprintId === sprintId);
    // Start, Mon: 3 + 5 + 2 = 10. From Tuesday the 2 was done: 8, and its deletion on Thursday burns nothing more.
    expect(byLabel(burndown(cards, s, doc.settings, today, doc.calendar))).toEqual({
      Start: 10,
      'Mon 2': 10,
      'Tue 3': 8,
      'Wed 4': 8,
      'Thu 5': 8,
    });
  });
});

describe('the burndown of a closed sprint', () => {
  it('counts the unfinished work the close carried on to its last day', () => {
    const { s0, a, b, c, commitment } = committedSprint();
    const result = {
      closedAt: '2026-11-13T16:00:00.000Z',
      committedPoints: 10,
      completedPlannedPoints: 2,
      completedUnplannedPoints: 0,
      incompleteItemIds: [a.id, b.id],
      incompleteTo: 'next_sprint' as const,
      bufferReservedPoints: 0,
      bufferUsedPoints: 0,
      personDays: 10,
    };
    const s = { ...s0, state: 'closed' as const, commitment, result };
    // The close moved A and B on to the next sprint, with no scope change here.
    const items = [{ ...a, sprintId: 'next' }, { ...b, sprintId: 'next' }, c];
    const chart = burndown(items, s, settings, '2026-11-20', emptyTeamCalendar());
    // Start, Mon: 10. From Tue (the 2 done) to the last day, Fri 13: 3 + 5 = 8 left. The close at 16:00
    // on Fri 13 burns nothing: that day still ends with the 8 carried on.
    expect(byLabel(chart)).toMatchObject({ Start: 10, 'Mon 2': 10, 'Tue 3': 8, 'Thu 12': 8, 'Fri 13': 8 });
  });
});
