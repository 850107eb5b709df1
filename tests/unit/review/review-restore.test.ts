import { describe, expect, it } from 'vitest';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { errorOf, inProcessApi, tempDir } from '../../helpers/in-process-api';
import { item, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';

async function seeded() {
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
  return { ...backend, ref, cacheSlot: review.slots[0]!.id, dataDir };
}

const notes = (id: string, markdown: string): DemoBlock => ({ id, kind: 'notes', markdown });

describe('undoing a removal in a review', () => {
  it('puts a removed slot back in its place with its blocks and outcome, and on disk', async () => {
    const { api, store, ref, cacheSlot, dataDir } = await seeded();
    await api.addDemoSlot({ ...ref, title: 'Runbook', presenterId: null, timeboxMinutes: 3 });
    await api.saveDemoBlock({ ...ref, slotId: cacheSlot, block: notes('n1', 'Dashboards') });
    await api.recordDemoAcceptance({ ...ref, slotId: cacheSlot, accepted: true, comment: 'Ship it' });
    const before = (await api.getTeam({ teamId: ref.teamId })).reviews[0]!.slots;

    const removed = await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    expect(removed.slots.map((s) => s.title)).toEqual(['Runbook']);
    const restored = await api.restoreDemoSlot({ ...ref, slotId: cacheSlot });
    expect(restored.slots).toEqual(before);

    await store.close();
    const reopened = await inProcessApi({ dataDir });
    expect((await reopened.api.getTeam({ teamId: ref.teamId })).reviews[0]!.slots).toEqual(before);
  });

  it('puts a removed block back at its place in its slot, and says so when its slot went since', async () => {
    const { api, ref, cacheSlot } = await seeded();
    for (const [id, text] of [
      ['n1', 'First'],
      ['n2', 'Second'],
      ['n3', 'Third'],
    ] as const) {
      await api.saveDemoBlock({ ...ref, slotId: cacheSlot, block: notes(id, text) });
    }
    await api.removeDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n2' });
    const back = await api.restoreDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n2' });
    expect(back.slots[0]!.blocks.map((b) => b.id)).toEqual(['n1', 'n2', 'n3']);

    await api.removeDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n3' });
    await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    expect(await errorOf(api.restoreDemoBlock({ ...ref, slotId: cacheSlot, blockId: 'n3' }))).toMatch(
      /slot was removed from the agenda since/,
    );
  });

  it('puts removed feedback back in its place; a second undo, or one never removed, is refused in words', async () => {
    const { api, ref } = await seeded();
    for (const text of ['Faster please', 'Love the cache', 'Docs?'])
      await api.addReviewFeedback({ ...ref, text, from: '' });
    const ids = (await api.getTeam({ teamId: ref.teamId })).reviews[0]!.feedback.map((f) => f.id);
    await api.removeReviewFeedback({ ...ref, feedbackId: ids[1]! });
    const back = await api.restoreReviewFeedback({ ...ref, feedbackId: ids[1]! });
    expect(back.feedback.map((f) => f.text)).toEqual(['Faster please', 'Love the cache', 'Docs?']);

    expect(await errorOf(api.restoreReviewFeedback({ ...ref, feedbackId: ids[1]! }))).toMatch(/no longer be undone/);
    expect(await errorOf(api.restoreReviewFeedback({ ...ref, feedbackId: ids[0]! }))).toMatch(/no longer be undone/);
  });
});

describe('undoing a review removal after all data was replaced', () => {
  it('is refused: the removal belongs to data that is gone, as a backlog deletion’s Undo is', async () => {
    const { api, ref, cacheSlot } = await seeded();
    const { content } = await api.exportWorkspace({});
    await api.removeDemoSlot({ ...ref, slotId: cacheSlot });
    // The export still holds the review with its slot: imported, it is the data as it was before the removal.
    await api.importWorkspace({ content });
    expect(await errorOf(api.restoreDemoSlot({ ...ref, slotId: cacheSlot }))).toMatch(/no longer be undone/);
  });
});
