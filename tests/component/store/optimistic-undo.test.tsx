import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import type { ItemFields } from '../../../src/domain/backlog/schema';
import type { TeamDoc } from '../../../src/domain/workspace';
import { useAppStore } from '../../../renderer/store';
import { item, itemFields, member, sprint, team } from '../../helpers/fixtures';
import { resetStore, storeOverApi } from './store-over-api';

/**
 * A refused optimistic change puts back that change only. Anything saved while it was in flight (an
 * item added, another card moved, a slot renamed) stays on screen, as it stays on disk.
 */

/** A save held open until the test refuses it, with the moment the store asked for it. */
function heldSave() {
  let refuse: (error: Error) => void = () => undefined;
  const asked = vi.fn();
  const call = () =>
    new Promise<never>((_, reject) => {
      asked();
      refuse = reject;
    });
  return { call, asked, refuse: (error: Error) => refuse(error) };
}

const open = (doc: TeamDoc, patch: (api: CadenceApi) => Partial<CadenceApi>) => storeOverApi([doc], patch);

const shown = () => useAppStore.getState().team;

afterEach(resetStore);

describe('a refused optimistic change', () => {
  it('backlog move: puts the item back and keeps an item added meanwhile', async () => {
    const save = heldSave();
    await open(team('Ops', { items: ['Alpha', 'Bravo', 'Charlie'].map((t) => item(t)) }), () => ({
      moveItem: save.call,
    }));
    const charlie = shown()?.items[2]?.id ?? '';

    const moving = useAppStore.getState().moveItem(charlie, 0);
    expect(shown()?.items.map((i) => i.title)).toEqual(['Charlie', 'Alpha', 'Bravo']);
    await useAppStore.getState().createItem(itemFields('Delta') as ItemFields);
    await vi.waitFor(() => expect(save.asked).toHaveBeenCalled());
    save.refuse(new Error('The data file is read-only.'));

    await expect(moving).rejects.toThrow('read-only');
    expect(shown()?.items.map((i) => i.title)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']);
  });

  it('board move: puts that card back and keeps another card moved meanwhile', async () => {
    const save = heldSave();
    const ada = member('Ada');
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
    const doc = team('Ops', {
      members: [ada],
      sprints: [s],
      items: [item('Patch hosts', { sprintId: s.id }), item('Tune alerts', { sprintId: s.id })],
    });
    await open(doc, (api) => ({
      moveBoardCard: (input) => (input.itemId === doc.items[0]?.id ? save.call() : api.moveBoardCard(input)),
    }));
    const [patch, tune] = doc.items.map((i) => i.id);

    const moving = useAppStore.getState().moveCard(patch ?? '', 'done');
    await useAppStore.getState().moveCard(tune ?? '', 'in_progress');
    await vi.waitFor(() => expect(save.asked).toHaveBeenCalled());
    save.refuse(new Error('refused'));

    await expect(moving).rejects.toThrow('refused');
    const status = Object.fromEntries(shown()?.items.map((i) => [i.title, i.status]) ?? []);
    expect(status).toEqual({ 'Patch hosts': 'todo', 'Tune alerts': 'in_progress' });
  });

  it('board move of a blocked card to Done: shows it unblocked at once, and blocked again when refused', async () => {
    const save = heldSave();
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-23', endDate: '2026-12-04', state: 'active' });
    const doc = team('Ops', { sprints: [s], items: [item('Patch hosts', { sprintId: s.id, blocked: true })] });
    await open(doc, () => ({ moveBoardCard: save.call }));
    const card = () => shown()?.items[0];

    const moving = useAppStore.getState().moveCard(card()?.id ?? '', 'done');
    // The server unblocks work that reaches Done; the board shows it before the answer comes.
    expect(card()).toMatchObject({ status: 'done', blocked: false });
    await vi.waitFor(() => expect(save.asked).toHaveBeenCalled());
    save.refuse(new Error('refused'));

    await expect(moving).rejects.toThrow('refused');
    expect(card()).toMatchObject({ status: 'todo', blocked: true });
  });

  it('demo slot move: puts the slot back and keeps a slot renamed meanwhile', async () => {
    const save = heldSave();
    const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
    const backend = await open(team('Ops', { sprints: [s] }), () => ({ moveDemoSlot: save.call }));
    const teamId = shown()?.id ?? '';
    const review = await useAppStore.getState().createReview(s.id);
    for (const title of ['CLI walkthrough', 'New alerts']) {
      await useAppStore.getState().addDemoSlot(review.id, { title, presenterId: null, timeboxMinutes: 5 });
    }
    const [cli, alerts] = shown()?.reviews[0]?.slots.map((x) => x.id) ?? [];

    const moving = useAppStore.getState().moveDemoSlot(review.id, alerts ?? '', 0);
    await useAppStore.getState().updateDemoSlot(review.id, cli ?? '', { title: 'CLI walkthrough: kubectl plugin' });
    await vi.waitFor(() => expect(save.asked).toHaveBeenCalled());
    save.refuse(new Error('refused'));

    await expect(moving).rejects.toThrow('refused');
    const titles = shown()?.reviews[0]?.slots.map((x) => x.title);
    expect(titles).toEqual(['CLI walkthrough: kubectl plugin', 'New alerts']);
    const stored = await backend.api.getTeam({ teamId });
    expect(stored.reviews[0]?.slots.map((x) => x.title)).toEqual(titles);
  });
});
