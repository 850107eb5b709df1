import { describe, expect, it } from 'vitest';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { REVIEW_LIMITS } from '../../../src/domain/review/schema';
import { TeamDocSchema, type TeamDoc } from '../../../src/domain/workspace';
import { item, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

const AT = '2026-11-13T09:00:00.000Z';
const times = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A team whose sprint has `done` completed items, and optionally a review already holding some records. */
async function seeded(options: { done?: number; slots?: number; blocks?: number; feedback?: number } = {}) {
  const dataDir = tempDir();
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const items: BacklogItem[] = times(options.done ?? 0).map((i) =>
    item(`Done ${i}`, { sprintId: s.id, status: 'done' }),
  );
  const withReview = options.slots !== undefined || options.feedback !== undefined;
  const t = team('Platform', {
    sprints: [s],
    items,
    reviews: withReview
      ? [
          {
            id: 'review-1',
            sprintId: s.id,
            createdAt: AT,
            updatedAt: AT,
            slots: times(options.slots ?? 0).map((i) => ({
              id: `slot-${i}`,
              title: `Slot ${i}`,
              itemId: null,
              presenterId: null,
              timeboxMinutes: 5,
              blocks:
                i === 0
                  ? times(options.blocks ?? 0).map((b) => ({ id: `b${b}`, kind: 'notes', markdown: `n${b}` }))
                  : [],
              acceptance: { accepted: null, comment: '' },
            })),
            feedback: times(options.feedback ?? 0).map((i) => ({
              id: `fb-${i}`,
              text: `Feedback ${i}`,
              from: '',
              at: AT,
              itemId: null,
            })),
            goalOutcome: { status: null, sentence: '' },
          },
        ]
      : [],
  } as Partial<TeamDoc>);
  writeWorkspace(dataDir, [t]);
  const backend = await inProcessApi({ dataDir });
  const stored = () => backend.store.snapshot().teams.find((x) => x.id === t.id)!;
  return { ...backend, teamId: t.id, sprintId: s.id, reviewId: 'review-1', stored };
}

/** The stored team still loads: what a start without the verified cache, or another machine, would check. */
function expectValid(t: TeamDoc) {
  const parsed = TeamDocSchema.safeParse(t);
  expect(parsed.success ? 'valid' : parsed.error.issues[0]).toBe('valid');
}

describe('review limits', () => {
  it('refuses a demo slot beyond the limit with a sentence that says it, changing nothing', async () => {
    const { call, teamId, reviewId, stored } = await seeded({ slots: REVIEW_LIMITS.slots });
    const before = stored().reviews[0];
    const answer = await call('addDemoSlot', {
      teamId,
      reviewId,
      title: 'One more',
      presenterId: null,
      timeboxMinutes: 5,
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid_input');
      expect(answer.error.message).toMatch(`A review holds at most ${REVIEW_LIMITS.slots} demo slots`);
    }
    expect(stored().reviews[0]).toBe(before);
    expectValid(stored());
  });

  it('refuses a block beyond the limit of one slot, but still replaces an existing block', async () => {
    const { call, teamId, reviewId, stored } = await seeded({ slots: 1, blocks: REVIEW_LIMITS.blocksPerSlot });
    const ref = { teamId, reviewId, slotId: 'slot-0' };
    const extra = await call('saveDemoBlock', { ...ref, block: { id: 'extra', kind: 'notes', markdown: 'x' } });
    expect(extra.ok).toBe(false);
    if (!extra.ok) {
      expect(extra.error.code).toBe('invalid_input');
      expect(extra.error.message).toMatch(`A demo slot holds at most ${REVIEW_LIMITS.blocksPerSlot} blocks`);
    }
    expect(stored().reviews[0]?.slots[0]?.blocks).toHaveLength(REVIEW_LIMITS.blocksPerSlot);
    const replaced = await call('saveDemoBlock', { ...ref, block: { id: 'b0', kind: 'notes', markdown: 'edited' } });
    expect(replaced.ok).toBe(true);
    expect(stored().reviews[0]?.slots[0]?.blocks[0]).toEqual({ id: 'b0', kind: 'notes', markdown: 'edited' });
    expectValid(stored());
  });

  it('refuses feedback beyond the limit', async () => {
    const { call, teamId, reviewId, stored } = await seeded({ feedback: REVIEW_LIMITS.feedback });
    const answer = await call('addReviewFeedback', { teamId, reviewId, text: 'One more thing', from: 'VP' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('invalid_input');
      expect(answer.error.message).toMatch(`A review holds at most ${REVIEW_LIMITS.feedback} pieces of feedback`);
    }
    expect(stored().reviews[0]?.feedback).toHaveLength(REVIEW_LIMITS.feedback);
    expectValid(stored());
  });

  it('starts the review of a sprint with more completed items than slots: the first ones, in backlog order', async () => {
    const { call, teamId, sprintId, stored } = await seeded({ done: REVIEW_LIMITS.slots + 3 });
    const answer = await call('createReview', { teamId, sprintId });
    expect(answer.ok ? 'ok' : answer.error).toBe('ok');
    const slots = stored().reviews[0]?.slots ?? [];
    expect(slots).toHaveLength(REVIEW_LIMITS.slots);
    expect(slots[0]?.title).toBe('Done 0');
    expect(slots.at(-1)?.title).toBe(`Done ${REVIEW_LIMITS.slots - 1}`);
    expectValid(stored());
  });

  it('adds slots for completed items only while there is room, then refuses with the limit', async () => {
    const { call, teamId, reviewId, stored } = await seeded({ done: 3, slots: REVIEW_LIMITS.slots - 1 });
    const first = await call('addCompletedItemSlots', { teamId, reviewId });
    expect(first.ok ? 'ok' : first.error).toBe('ok');
    expect(stored().reviews[0]?.slots).toHaveLength(REVIEW_LIMITS.slots);
    expect(stored().reviews[0]?.slots.at(-1)?.title).toBe('Done 0');
    const second = await call('addCompletedItemSlots', { teamId, reviewId });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.message).toMatch(`A review holds at most ${REVIEW_LIMITS.slots} demo slots`);
    expect(stored().reviews[0]?.slots).toHaveLength(REVIEW_LIMITS.slots);
    expectValid(stored());
  });
});

describe('feedback to a backlog item', () => {
  it('makes one item when asked twice at once; the second call is refused', async () => {
    const { api, call, teamId, reviewId, stored } = await seeded({ slots: 0, feedback: 1 });
    const input = { teamId, reviewId, feedbackId: 'fb-0' };
    const [a, b] = await Promise.all([call('reviewFeedbackToItem', input), call('reviewFeedbackToItem', input)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refused = a.ok ? b : a;
    if (!refused.ok) expect(refused.error.message).toBe('This feedback is already a backlog item.');
    const made = stored().items.filter((i) => i.title === 'Feedback 0');
    expect(made).toHaveLength(1);
    expect(stored().reviews[0]?.feedback[0]?.itemId).toBe(made[0]?.id);
    const t = await api.getTeam({ teamId });
    expect(t.items.filter((i) => i.labels.includes('review-feedback'))).toHaveLength(1);
  });
});
