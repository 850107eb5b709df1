import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/**
 * A done item of a closed sprint, deleted from the backlog (done items shown) and brought back with Undo, is back
 * as it was: in its sprint, whose review, retro and reports count it, with its points still the sprint's record.
 */
describe('undo of deleting a done item of a sprint closed before the delete', () => {
  let b: InProcessApi;
  let teamId: string;
  let sprintId: string;
  let itemId: string;
  let now = new Date('2026-11-04T10:00:00.000Z');

  beforeEach(async () => {
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    itemId = (await b.api.createItem({ teamId, item: itemFields('Rotate keys', { points: 3 }) })).id;
    sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await b.api.planItem({ teamId, sprintId, itemId });
    await b.api.startSprint({ teamId, sprintId });
    await b.api.updateItem({ teamId, itemId, changes: { status: 'done' } });
    now = new Date('2026-11-13T16:00:00.000Z');
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
    now = new Date('2026-11-20T09:00:00.000Z');
  });

  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;

  it('puts it back in its closed sprint, done, leaving the sprint as it was', async () => {
    const closed = team().sprints[0];
    await b.api.deleteItem({ teamId, itemId });
    const restored = await b.api.restoreItem({ teamId, itemId });

    expect(restored.item).toMatchObject({ title: 'Rotate keys', status: 'done', sprintId, points: 3 });
    expect(team().items.find((i) => i.id === itemId)).toMatchObject({ sprintId, status: 'done' });
    expect(team().sprints[0]).toEqual(closed);
    // Its points are the closed sprint's record again: an edit of them is refused, as before the delete.
    expect(await b.call('updateItem', { teamId, itemId, changes: { points: 5 } })).toMatchObject({ ok: false });
  });
});
