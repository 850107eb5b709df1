import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

const NOW = new Date('2026-11-10T10:00:00.000Z');

/**
 * A deleted sprint's items go back to the backlog as plain work to plan again, as everywhere else an item
 * leaves a sprint for the backlog (remove, close, an undone delete): not as unplanned work of no sprint.
 */
describe('deleting a planned sprint', () => {
  it('returns the unplanned work carried into it to the backlog as work to plan again', async () => {
    const b = await inProcessApi({ now: () => NOW });
    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    await b.api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    const sprint = async (name: string, startDate: string, endDate: string) =>
      (await b.api.createSprint({ teamId, sprint: { name, goal: '', startDate, endDate } })).sprints[0]!.id;
    const sprintId = await sprint('Sprint 1', '2026-11-02', '2026-11-13');
    const nextId = await sprint('Sprint 2', '2026-11-16', '2026-11-27');
    const planned = (await b.api.createItem({ teamId, item: itemFields('Upgrade Postgres', { points: 5 }) })).id;
    await b.api.planItem({ teamId, sprintId, itemId: planned });
    await b.api.startSprint({ teamId, sprintId });
    const { item } = await b.api.logInterrupt({
      teamId,
      interrupt: { title: 'VPN cert expired', severity: 'sev2', hours: 6 },
    });
    await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'next_sprint' });
    const itemOf = (id: string) => b.store.snapshot().teams[0]!.items.find((i) => i.id === id)!;
    expect(itemOf(item.id)).toMatchObject({ sprintId: nextId, unplanned: true });

    const update = await b.api.deleteSprint({ teamId, sprintId: nextId });

    expect(itemOf(item.id)).toMatchObject({ sprintId: null, unplanned: false });
    expect(itemOf(item.id).interrupt?.hours).toBe(6);
    expect(itemOf(planned)).toMatchObject({ sprintId: null, unplanned: false });
    // The screen gets the items as stored.
    expect(update.items.find((i) => i.id === item.id)).toMatchObject({ sprintId: null, unplanned: false });
  });
});
