import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

/** An estimate made on the team's old point scale stays when the item is saved again, unchanged. */
describe('updateItem with an estimate the team has since taken off its scale', () => {
  async function seed() {
    const backend = await inProcessApi();
    const { api } = backend;
    const team = await api.createTeam({ name: 'Ops' });
    const item = await api.createItem({ teamId: team.id, item: itemFields('Rotate keys', { points: 21 }) });
    await api.updateTeamSettings({ teamId: team.id, settings: { pointScale: 'tshirt' } });
    return { ...backend, teamId: team.id, itemId: item.id };
  }

  it('saves the other changes when the old estimate is sent back as it was', async () => {
    const { api, teamId, itemId } = await seed();
    const saved = await api.updateItem({
      teamId,
      itemId,
      changes: { ...itemFields('Rotate API keys', { points: 21 }) },
    });
    expect(saved).toMatchObject({ title: 'Rotate API keys', points: 21 });
  });

  it('refuses a different estimate off the scale, with the scale in the message', async () => {
    const { call, teamId, itemId, store } = await seed();
    const answer = await call('updateItem', { teamId, itemId, changes: { title: 'Rotate API keys', points: 34 } });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: "34 is not on this team's point scale (XS, S, M, L, XL, XXL)." },
    });
    expect(store.snapshot().teams[0]?.items[0]).toMatchObject({ title: 'Rotate keys', points: 21 });
  });

  it('undoes a deletion of the item with its old estimate, as it was', async () => {
    const { api, teamId, itemId, store } = await seed();
    await api.deleteItem({ teamId, itemId });
    const back = await api.restoreItem({ teamId, itemId });
    expect(back.item).toMatchObject({ id: itemId, title: 'Rotate keys', points: 21 });
    expect(store.snapshot().teams[0]?.items.map((i) => i.id)).toEqual([itemId]);
  });
});
