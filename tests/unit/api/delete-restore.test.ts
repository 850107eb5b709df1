import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * Deleting an item of the running sprint is a scope change, and Undo restores by id the copy the
 * server kept: a client cannot send an item of its own making.
 */

describe('delete and undo', () => {
  let b: InProcessApi;
  let teamId: string;
  let sprintId: string;
  let ids: string[];
  let now = new Date('2026-11-04T10:00:00.000Z');

  beforeEach(async () => {
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    ids = [];
    for (const [title, points] of [
      ['Upgrade Postgres', 5],
      ['Rotate keys', 3],
      ['Tune alerts', 2],
    ] as const) {
      ids.push((await b.api.createItem({ teamId, item: itemFields(title, { points }) })).id);
    }
    sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    for (const itemId of ids.slice(0, 2)) await b.api.planItem({ teamId, sprintId, itemId });
    await b.api.startSprint({ teamId, sprintId });
  });

  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const sprint = () => team().sprints.find((s) => s.id === sprintId)!;

  it('logs deleting an item of the running sprint as a scope change, and its undo too', async () => {
    const removed = await b.api.deleteItem({ teamId, itemId: ids[1]! });
    expect(sprint().scopeChanges).toEqual([
      expect.objectContaining({ itemId: ids[1], kind: 'removed', pointsBefore: 3, pointsAfter: null, planned: true }),
    ]);
    expect(removed.sprint?.scopeChanges).toHaveLength(1);

    now = new Date('2026-11-04T10:01:00.000Z');
    const restored = await b.api.restoreItem({ teamId, itemId: ids[1]! });
    expect(restored).toMatchObject({ index: 1, item: { id: ids[1], sprintId, points: 3 } });
    expect(team().items.map((i) => i.id)).toEqual(ids);
    expect(sprint().scopeChanges.map((c) => [c.kind, c.reason])).toEqual([
      ['removed', 'Deleted from the backlog'],
      ['added', 'Deletion undone'],
    ]);
  });

  it('logs a re-estimate of unplanned work as unplanned, and of planned work as planned', async () => {
    const { item: page } = await b.api.logInterrupt({
      teamId,
      interrupt: { title: 'Disk full on db-3', severity: 'sev2', points: 2 } as never,
    });
    await b.api.updateItem({ teamId, itemId: page.id, changes: { points: 3 } });
    await b.api.updateItem({ teamId, itemId: ids[0]!, changes: { points: 8 } });
    const reestimates = sprint().scopeChanges.filter((c) => c.kind === 'reestimated');
    expect(reestimates.map((c) => [c.title, c.planned])).toEqual([
      ['Disk full on db-3', false],
      ['Upgrade Postgres', true],
    ]);
  });

  it('deleting a backlog item is no scope change', async () => {
    await b.api.deleteItem({ teamId, itemId: ids[2]! });
    expect(sprint().scopeChanges).toEqual([]);
  });

  it('restores by id only: an item sent by the client is refused, an unknown id is not found', async () => {
    const removed = await b.api.deleteItem({ teamId, itemId: ids[0]! });
    const forged = { ...removed.item, title: 'Forged', sprintId: 'no-such-sprint', points: 1 };
    const sent = await b.call('restoreItem', { teamId, item: forged, index: 0 });
    expect(sent).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await b.call('restoreItem', { teamId, itemId: ids[2] })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await b.call('restoreItem', { teamId, itemId: 'never-deleted' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const restored = await b.api.restoreItem({ teamId, itemId: ids[0]! });
    expect(restored.item).toMatchObject({ title: 'Upgrade Postgres', points: 5, sprintId });
  });

  it('puts an item whose sprint has gone back into the backlog', async () => {
    const planned = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      })
    ).sprints[0]!.id;
    await b.api.planItem({ teamId, sprintId: planned, itemId: ids[2]! });
    await b.api.deleteItem({ teamId, itemId: ids[2]! });
    await b.api.deleteSprint({ teamId, sprintId: planned });

    const restored = await b.api.restoreItem({ teamId, itemId: ids[2]! });
    expect(restored.item).toMatchObject({ title: 'Tune alerts', sprintId: null });
    expect(team().items.find((i) => i.id === ids[2])?.sprintId).toBeNull();
  });

  it('puts an item whose sprint closed meanwhile back into the backlog, leaving the closed sprint as it was', async () => {
    const next = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
      })
    ).sprints.find((s) => s.name === 'Sprint 2')!.id;
    const pager = await b.api.logInterrupt({
      teamId,
      interrupt: { title: 'Pager storm', severity: 'sev2', points: 1 },
    });
    await b.api.deleteItem({ teamId, itemId: ids[1]! });
    await b.api.deleteItem({ teamId, itemId: pager.item.id });
    now = new Date('2026-11-13T16:00:00.000Z');
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'next_sprint' });
    const closed = sprint();

    now = new Date('2026-11-13T16:00:04.000Z');
    const restored = await b.api.restoreItem({ teamId, itemId: ids[1]! });
    expect(restored.item).toMatchObject({ title: 'Rotate keys', sprintId: null, unplanned: false });
    expect(restored.sprint).toBeNull();
    // Unplanned work that missed the close is back as work to plan, not as unplanned work of no sprint.
    const interrupt = await b.api.restoreItem({ teamId, itemId: pager.item.id });
    expect(interrupt.item).toMatchObject({ sprintId: null, unplanned: false });
    expect(sprint()).toEqual(closed);
    expect(await b.call('planItem', { teamId, sprintId: next, itemId: ids[1]! })).toMatchObject({ ok: true });
  });
});

describe('item owner through the api', () => {
  it('sets an owner who is on the team and refuses one who is not, changing nothing', async () => {
    const b = await inProcessApi();
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const ana = await b.api.addMember({
      teamId,
      member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const created = await b.api.createItem({ teamId, item: itemFields('Patch kernels', { ownerId: ana.id }) });
    expect(created.ownerId).toBe(ana.id);
    const bad = await b.call('updateItem', { teamId, itemId: created.id, changes: { ownerId: 'someone-else' } });
    expect(bad.ok ? '' : bad.error.message).toMatch(/owner is not on this team/);
    expect((await b.api.getTeam({ teamId })).items[0]?.ownerId).toBe(ana.id);
  });
});
