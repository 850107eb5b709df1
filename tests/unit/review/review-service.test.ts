import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../../renderer/api/errors';
import type { DemoBlock } from '../../../src/domain/review/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { item, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

async function seeded() {
  const dataDir = tempDir();
  const ana = member('Ana');
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', goal: 'Faster cache' });
  const t = team('Platform', {
    members: [ana],
    sprints: [s],
    items: [
      item('Cache', { sprintId: s.id, status: 'done', points: 5, ownerId: ana.id }),
      item('Open work', { sprintId: s.id, status: 'todo', points: 3 }),
      item('Backlog only', { status: 'done' }),
    ],
  });
  writeWorkspace(dataDir, [t]);
  const backend = await inProcessApi({ dataDir });
  return { ...backend, teamId: t.id, sprintId: s.id, ana };
}

describe('review service', () => {
  it('pre-fills the agenda with the completed items of the sprint and refuses a second review', async () => {
    const { api, teamId, sprintId, ana } = await seeded();
    const review = await api.createReview({ teamId, sprintId });
    expect(review.slots.map((s) => [s.title, s.presenterId, s.timeboxMinutes])).toEqual([['Cache', ana.id, 5]]);
    await expect(api.createReview({ teamId, sprintId })).rejects.toThrow(/already has a review/);
  });

  it('adds, reorders and removes slots, persisting to disk', async () => {
    const { api, store, teamId, sprintId, dataDir } = await seeded();
    const { id: reviewId } = await api.createReview({ teamId, sprintId });
    let r = await api.addDemoSlot({ teamId, reviewId, title: 'On-call changes', presenterId: null, timeboxMinutes: 3 });
    const free = r.slots[1]!;
    r = await api.moveDemoSlot({ teamId, reviewId, slotId: free.id, toIndex: 0 });
    expect(r.slots.map((s) => s.title)).toEqual(['On-call changes', 'Cache']);
    await store.close();
    const reopened = await inProcessApi({ dataDir });
    const team = await reopened.api.getTeam({ teamId });
    expect(team.reviews[0]?.slots.map((s) => s.title)).toEqual(['On-call changes', 'Cache']);
  });

  it("saves a CLI walkthrough's output as typed, so its columns stay aligned", async () => {
    const { api, teamId, sprintId } = await seeded();
    const review = await api.createReview({ teamId, sprintId });
    const slotId = review.slots[0]!.id;
    const output = '  PID  CMD\n    1  init\n  812  nginx';
    const block: DemoBlock = { id: 'cli-1', kind: 'cli', title: 'ps', steps: [{ command: 'ps -e', output }] };
    const saved = await api.saveDemoBlock({ teamId, reviewId: review.id, slotId, block });
    const cli = saved.slots[0]!.blocks[0];
    expect(cli?.kind === 'cli' && cli.steps[0]?.output).toBe(output);
  });

  it('validates blocks at the api: non-numeric metrics, bad images, bad runbook links', async () => {
    const { api, call, teamId, sprintId } = await seeded();
    const review = await api.createReview({ teamId, sprintId });
    const ref = { teamId, reviewId: review.id, slotId: review.slots[0]!.id };
    const bad = await call('saveDemoBlock', {
      ...ref,
      block: { id: 'b1', kind: 'metric', name: 'p95', unit: 'ms', before: 'fast', after: 2, better: 'lower' },
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/must be a number/);
    const svg = await call('saveDemoBlock', {
      ...ref,
      block: {
        id: 'b2',
        kind: 'diagram',
        source: 'image',
        image: { name: 'x.svg', dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' },
      },
    });
    expect(svg.ok).toBe(false);
    const runbook = await call('saveDemoBlock', {
      ...ref,
      block: {
        id: 'b3',
        kind: 'monitors',
        monitors: [{ name: 'A', condition: 'x', severity: 'info', runbook: 'javascript:alert(1)' }],
      },
    });
    expect(runbook.ok).toBe(false);
    const team = await api.getTeam({ teamId });
    expect(team.reviews[0]?.slots[0]?.blocks).toEqual([]);
  });

  it('saves and replaces a block by id', async () => {
    const { api, teamId, sprintId } = await seeded();
    const review = await api.createReview({ teamId, sprintId });
    const ref = { teamId, reviewId: review.id, slotId: review.slots[0]!.id };
    const block: DemoBlock = { id: 'n1', kind: 'notes', markdown: 'first' };
    await api.saveDemoBlock({ ...ref, block });
    const r = await api.saveDemoBlock({ ...ref, block: { ...block, markdown: 'second' } });
    expect(r.slots[0]?.blocks).toEqual([{ id: 'n1', kind: 'notes', markdown: 'second' }]);
  });

  it('records acceptance, goal outcome, and turns feedback into a linked backlog item once', async () => {
    const { api, teamId, sprintId } = await seeded();
    const review = await api.createReview({ teamId, sprintId });
    const reviewId = review.id;
    await api.recordDemoAcceptance({
      teamId,
      reviewId,
      slotId: review.slots[0]!.id,
      accepted: true,
      comment: 'Ship it',
    });
    await api.setReviewGoalOutcome({ teamId, reviewId, status: 'met', sentence: 'p95 halved.' });
    let r = await api.addReviewFeedback({ teamId, reviewId, text: 'Add a hit-ratio panel', from: 'Product' });
    const feedbackId = r.feedback[0]!.id;
    const made = await api.reviewFeedbackToItem({ teamId, reviewId, feedbackId });
    expect(made.item.title).toBe('Add a hit-ratio panel');
    expect(made.item.description).toContain(`review ${reviewId}`);
    expect(made.item.labels).toEqual(['review-feedback']);
    r = made.review;
    expect(r.feedback[0]?.itemId).toBe(made.item.id);
    expect(r.slots[0]?.acceptance).toEqual({ accepted: true, comment: 'Ship it' });
    expect(r.goalOutcome).toEqual({ status: 'met', sentence: 'p95 halved.' });
    await expect(api.reviewFeedbackToItem({ teamId, reviewId, feedbackId })).rejects.toBeInstanceOf(ApiCallError);
    const team = await api.getTeam({ teamId });
    expect(team.items.filter((i) => i.title === 'Add a hit-ratio panel')).toHaveLength(1);
  });

  it('refuses acceptance for a free slot and unknown presenters', async () => {
    const { api, teamId, sprintId } = await seeded();
    const { id: reviewId } = await api.createReview({ teamId, sprintId });
    const r = await api.addDemoSlot({ teamId, reviewId, title: 'Free', presenterId: null, timeboxMinutes: 5 });
    const slotId = r.slots[1]!.id;
    await expect(api.recordDemoAcceptance({ teamId, reviewId, slotId, accepted: true, comment: '' })).rejects.toThrow(
      /Only slots that demo a backlog item/,
    );
    await expect(api.updateDemoSlot({ teamId, reviewId, slotId, changes: { presenterId: 'ghost' } })).rejects.toThrow(
      /presenter was not found/,
    );
  });
});

describe('items completed after the review was prepared', () => {
  it('get a slot on request, once', async () => {
    const { api, teamId, sprintId } = await seeded();
    const { id: reviewId } = await api.createReview({ teamId, sprintId });
    const team = await api.getTeam({ teamId });
    const open = team.items.find((i) => i.title === 'Open work')!;
    await api.updateItem({ teamId, itemId: open.id, changes: { status: 'done' } });
    let r = await api.addCompletedItemSlots({ teamId, reviewId });
    expect(r.slots.map((s) => s.title)).toEqual(['Cache', 'Open work']);
    r = await api.addCompletedItemSlots({ teamId, reviewId });
    expect(r.slots).toHaveLength(2);
  });
});
