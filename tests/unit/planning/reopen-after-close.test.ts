import { describe, expect, it } from 'vitest';
import { velocityRows } from '../../../src/domain/planning/close';
import { sprintTotals } from '../../../src/domain/planning/figures';
import type { TeamDoc } from '../../../src/domain/workspace';
import { setItemStatus } from '../../../src/services/item-status';
import { item, itemFields, sprint } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * An item done in a sprint that has since closed, then set back from Done (the fix turned out broken),
 * is work to plan again: it returns to the backlog, and the closed sprint keeps the result it recorded.
 */

async function doneInClosedSprint() {
  let now = new Date('2026-11-02T08:00:00.000Z');
  const b = await inProcessApi({ now: () => now });
  const setNow = (iso: string) => {
    now = new Date(iso);
  };
  const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
  const created = await b.api.createSprint({
    teamId,
    sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
  });
  const closedId = created.sprints[0]!.id;
  const nextId = (
    await b.api.createSprint({
      teamId,
      sprint: { name: 'Sprint 2', goal: '', startDate: '2026-11-16', endDate: '2026-11-27' },
    })
  ).sprints.find((s) => s.name === 'Sprint 2')!.id;
  const certs = await b.api.createItem({ teamId, item: itemFields('Rotate TLS certs', { points: 3 }) });
  const alerts = await b.api.createItem({ teamId, item: itemFields('Tune alerts', { points: 2 }) });
  for (const i of [certs, alerts]) await b.api.planItem({ teamId, sprintId: closedId, itemId: i.id });
  await b.api.startSprint({ teamId, sprintId: closedId });
  setNow('2026-11-05T10:00:00.000Z');
  const pager = await b.api.logInterrupt({
    teamId,
    interrupt: { title: 'Pager storm', severity: 'sev2', points: 1 },
  });
  for (const id of [certs.id, alerts.id, pager.item.id]) {
    await b.api.moveBoardCard({ teamId, itemId: id, status: 'done' });
  }
  setNow('2026-11-13T16:00:00.000Z');
  await b.api.closeSprint({ teamId, sprintId: closedId, incompleteTo: 'backlog' });
  setNow('2026-11-17T10:00:00.000Z');
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  return { b, teamId, closedId, nextId, certs, pager: pager.item, team };
}

describe('an item reopened after its sprint closed', () => {
  it('goes back to the backlog from the item editor and can be planned into the next sprint', async () => {
    const { b, teamId, nextId, certs } = await doneInClosedSprint();

    const reopened = await b.api.updateItem({ teamId, itemId: certs.id, changes: { status: 'todo' } });
    expect(reopened).toMatchObject({ status: 'todo', sprintId: null, unplanned: false, completedAt: null });

    const planned = await b.call('planItem', { teamId, sprintId: nextId, itemId: certs.id });
    expect(planned).toMatchObject({ ok: true });
  });

  it('keeps the closed sprint exactly as it was: its result, its scope log and the figures read from them', async () => {
    const { b, teamId, closedId, certs, pager, team } = await doneInClosedSprint();
    const before = team();
    const closedBefore = before.sprints.find((s) => s.id === closedId)!;

    await b.api.updateItem({ teamId, itemId: certs.id, changes: { status: 'in_progress' } });
    await b.api.updateItem({ teamId, itemId: pager.id, changes: { status: 'review' } });

    const after = team();
    const closedAfter = after.sprints.find((s) => s.id === closedId)!;
    expect(closedAfter).toEqual(closedBefore);
    expect(sprintTotals(closedAfter, after.items, after.settings)).toEqual(
      sprintTotals(closedBefore, before.items, before.settings),
    );
    expect(velocityRows(after.sprints)).toEqual(velocityRows(before.sprints));
    // Unplanned work back in the backlog is just work to plan again, as at a close.
    expect(after.items.find((i) => i.id === pager.id)).toMatchObject({ sprintId: null, unplanned: false });
  });

  it('stays in its closed sprint when the editor saves it still Done', async () => {
    const { b, teamId, closedId, certs } = await doneInClosedSprint();
    const saved = await b.api.updateItem({
      teamId,
      itemId: certs.id,
      changes: { title: 'Rotate all TLS certs', status: 'done' },
    });
    expect(saved).toMatchObject({ status: 'done', sprintId: closedId });
  });
});

describe('a status change, wherever it starts (setItemStatus)', () => {
  const closed = sprint({ name: 'Sprint 1', state: 'closed', startDate: '2026-11-02', endDate: '2026-11-13' });
  const active = sprint({ name: 'Sprint 2', state: 'active', startDate: '2026-11-16', endDate: '2026-11-27' });
  const sprints = [closed, active];
  const doneIn = (sprintId: string) =>
    item('Rotate TLS certs', {
      points: 3,
      sprintId,
      unplanned: true,
      status: 'done',
      completedAt: '2026-11-05T10:00:00.000Z',
    });

  it('takes an item out of a closed sprint when it leaves Done', () => {
    const reopened = doneIn(closed.id);
    expect(setItemStatus({ sprints }, reopened, 'todo', '2026-11-17T10:00:00.000Z')).toBe(true);
    expect(reopened).toMatchObject({ status: 'todo', sprintId: null, unplanned: false, completedAt: null });
  });

  it('leaves an item of the running sprint where it is', () => {
    const reopened = doneIn(active.id);
    setItemStatus({ sprints }, reopened, 'in_progress', '2026-11-17T10:00:00.000Z');
    expect(reopened).toMatchObject({ status: 'in_progress', sprintId: active.id, unplanned: true });
  });
});
