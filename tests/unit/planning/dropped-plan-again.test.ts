import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * "Drop it" at the close leaves an unfinished unplanned item in its closed sprint, not done. When the team wants
 * it after all, it can be planned again: it leaves the closed sprint, whose recorded result stays as it was.
 */

const NOW = new Date('2026-11-10T10:00:00.000Z');

describe('an item dropped at the close', () => {
  let b: InProcessApi;
  let teamId: string;
  let sprintId: string;
  let nextId: string;
  let dropped: string;

  beforeEach(async () => {
    b = await inProcessApi({ now: () => NOW });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprint = (name: string, startDate: string, endDate: string) =>
      b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } });
    sprintId = (await sprint('Sprint 1', '2026-11-02', '2026-11-13')).sprints[0]!.id;
    nextId = (await sprint('Sprint 2', '2026-11-16', '2026-11-27')).sprints.find((s) => s.name === 'Sprint 2')!.id;
    const planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
    await b.api.planItem({ teamId, sprintId, itemId: planned });
    await b.api.startSprint({ teamId, sprintId });
    const { item } = await b.api.logInterrupt({
      teamId,
      interrupt: { title: 'Flaky backup job', severity: 'sev2', hours: 12 },
    });
    dropped = item.id;
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog', unplannedTo: { [dropped]: 'drop' } });
  });

  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const itemOf = (id: string) => team().items.find((i) => i.id === id)!;
  const sprintOf = (id: string) => team().sprints.find((s) => s.id === id)!;

  it('can be planned into the next sprint, as planned work, and the closed sprint keeps its result', async () => {
    const before = sprintOf(sprintId).result;
    const r = await b.call('planItem', { teamId, sprintId: nextId, itemId: dropped });

    expect(r.ok ? '' : r.error.message).toBe('');
    expect(itemOf(dropped)).toMatchObject({ sprintId: nextId, unplanned: false });
    expect(itemOf(dropped).interrupt?.hours).toBe(12);
    expect(sprintOf(sprintId).result).toEqual(before);
    expect(sprintOf(sprintId).state).toBe('closed');
  });

  it('can be taken into a running sprint as a logged scope change', async () => {
    await b.api.planItem({
      teamId,
      sprintId: nextId,
      itemId: (await b.api.createItem({ teamId, item: itemFields('Rotate certs', { points: 3 }) })).id,
    });
    await b.api.startSprint({ teamId, sprintId: nextId });
    await b.api.planItem({ teamId, sprintId: nextId, itemId: dropped, reason: 'Backups failed again', planned: false });

    expect(itemOf(dropped)).toMatchObject({ sprintId: nextId, unplanned: true });
    expect(sprintOf(nextId).scopeChanges.map((c) => [c.title, c.kind, c.reason])).toEqual([
      ['Flaky backup job', 'added', 'Backups failed again'],
    ]);
  });
});
