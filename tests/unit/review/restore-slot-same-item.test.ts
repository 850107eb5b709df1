import { describe, expect, it } from 'vitest';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { item, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';

const notes = (id: string, markdown: string): DemoBlock => ({ id, kind: 'notes', markdown });

/** A review of a sprint with one completed item, Cache: its slot prepared (a block, an outcome, 8 min), then Runbook. */
async function prepared() {
  const dataDir = tempDir();
  const ana = member('Ana');
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const t = team('Platform', {
    members: [ana],
    sprints: [s],
    items: [item('Cache', { sprintId: s.id, status: 'done', ownerId: ana.id })],
  });
  writeWorkspace(dataDir, [t]);
  const backend = await inProcessApi({ dataDir });
  const { api } = backend;
  const review = await api.createReview({ teamId: t.id, sprintId: s.id });
  const ref = { teamId: t.id, reviewId: review.id };
  const cacheSlot = review.slots[0]!.id;
  await api.addDemoSlot({ ...ref, title: 'Runbook', presenterId: null, timeboxMinutes: 3 });
  await api.updateDemoSlot({ ...ref, slotId: cacheSlot, changes: { timeboxMinutes: 8 } });
  await api.saveDemoBlock({ ...ref, slotId: cacheSlot, block: notes('n1', 'Hit ratio dashboard') });
  await api.recordDemoAcceptance({ ...ref, slotId: cacheSlot, accepted: true, comment: 'Ship it' });
  return { api, ref, cacheSlot, itemId: t.items[0]!.id };
}

const texts = (blocks: DemoBlock[]) => blocks.map((b) => (b.kind === 'notes' ? b.markdown : b.kind));

describe('Undo of a slot removal once the item has a slot again', () => {
  it('puts the removed slot’s content back into the slot added since, where the removed one was: one slot per item', async () => {
    const { api, ref, cacheSlot, itemId } = await prepared();
    await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    const added = await api.addCompletedItemSlots(ref);
    const again = added.slots.find((s) => s.itemId === itemId)!;

    const restored = await api.restoreDemoSlot({ ...ref, slotId: cacheSlot });

    expect(restored.slots.filter((s) => s.itemId === itemId)).toHaveLength(1);
    expect(restored.slots.map((s) => s.title)).toEqual(['Cache', 'Runbook']);
    const cache = restored.slots[0]!;
    // The slot on the agenda now keeps its id (a screen showing it goes on showing it) and takes back what was lost.
    expect(cache.id).toBe(again.id);
    expect(texts(cache.blocks)).toEqual(['Hit ratio dashboard']);
    expect(cache.acceptance).toEqual({ accepted: true, comment: 'Ship it' });
    expect(cache.timeboxMinutes).toBe(8);
    const stored = (await api.getTeam({ teamId: ref.teamId })).reviews[0]!;
    expect(stored.slots).toEqual(restored.slots);
  });

  it('keeps what was put into the slot added since: its blocks after the restored ones, its outcome, its title', async () => {
    const { api, ref, cacheSlot, itemId } = await prepared();
    await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    const added = await api.addCompletedItemSlots(ref);
    const again = added.slots.find((s) => s.itemId === itemId)!.id;
    await api.updateDemoSlot({ ...ref, slotId: again, changes: { title: 'Cache, live' } });
    await api.saveDemoBlock({ ...ref, slotId: again, block: notes('n2', 'Latency before and after') });
    await api.recordDemoAcceptance({ ...ref, slotId: again, accepted: false, comment: 'Needs the runbook' });

    const restored = await api.restoreDemoSlot({ ...ref, slotId: cacheSlot });

    expect(restored.slots.map((s) => s.title)).toEqual(['Cache, live', 'Runbook']);
    const cache = restored.slots[0]!;
    expect(texts(cache.blocks)).toEqual(['Hit ratio dashboard', 'Latency before and after']);
    // The outcome recorded since is the room's latest decision; the timebox nobody changed since comes back.
    expect(cache.acceptance).toEqual({ accepted: false, comment: 'Needs the runbook' });
    expect(cache.timeboxMinutes).toBe(8);
  });
});

describe('Undo of a block removal once its slot went back into the slot its item got since', () => {
  it('puts the block back into that slot, rather than saying its slot is gone', async () => {
    const { api, ref, cacheSlot, itemId } = await prepared();
    await api.saveDemoBlock({ ...ref, slotId: cacheSlot, block: notes('n2', 'Eviction policy') });
    await api.removeDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n2' });
    await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    await api.addCompletedItemSlots(ref);
    await api.restoreDemoSlot({ ...ref, slotId: cacheSlot });

    const back = await api.restoreDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n2' });
    const cache = back.slots.find((s) => s.itemId === itemId)!;
    expect(texts(cache.blocks)).toEqual(['Hit ratio dashboard', 'Eviction policy']);
  });
});
