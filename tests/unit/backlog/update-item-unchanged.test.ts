import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/**
 * An edit that changes nothing (the editor saved as it opened, a script sending the item's own fields back)
 * leaves the item as it was: its "last changed" time does not move, so "recently updated" views keep their
 * order and a shared team has nothing to send.
 */
describe('updateItem with nothing changed', () => {
  it('keeps the item and its updatedAt as they were', async () => {
    let clock = new Date('2026-03-02T09:00:00Z');
    const { api } = await inProcessApi({ now: () => clock });
    const teamId = (await api.createTeam({ name: 'Ops' })).id;
    const fields = itemFields('Rotate keys', { points: 3, labels: ['security'], status: 'in_progress' });
    const created = await api.createItem({ teamId, item: fields });
    clock = new Date('2026-03-05T15:30:00Z');

    const saved = await api.updateItem({ teamId, itemId: created.id, changes: fields });

    expect(saved).toEqual(created);
    const again = (await api.openWorkspace({ teamId })).team?.items[0];
    expect(again?.updatedAt).toBe('2026-03-02T09:00:00.000Z');
  });

  it('still moves updatedAt when one field changed', async () => {
    let clock = new Date('2026-03-02T09:00:00Z');
    const { api } = await inProcessApi({ now: () => clock });
    const teamId = (await api.createTeam({ name: 'Ops' })).id;
    const created = await api.createItem({ teamId, item: itemFields('Rotate keys') });
    clock = new Date('2026-03-05T15:30:00Z');

    const saved = await api.updateItem({
      teamId,
      itemId: created.id,
      changes: { ...itemFields('Rotate keys'), points: 5 },
    });

    expect(saved).toMatchObject({ points: 5, updatedAt: '2026-03-05T15:30:00.000Z' });
  });
});
