import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { DemoBlock, DemoSlot, GoalOutcomeStatus, Review } from '../../../src/domain/review/schema';
// The names alone, not the schema: the store loads at start, and the schema would bring the validation with it.
import { BLOCK_KIND_NAMES } from '../../../src/domain/review/block-kinds';
import { moveById } from '../../../src/domain/backlog/order';
import { shortenText } from '../../../src/domain/shared/cut-text';
import { LIMITS } from '../../../src/domain/shared/limits';
import { getApi } from '../../api/client';
import { optimistic } from '../optimistic';
import { openTeamId, upsertById } from '../team-results';
import type { Slice } from '../types';

type SlotChanges = Partial<Pick<DemoSlot, 'title' | 'presenterId' | 'timeboxMinutes'>>;

/** State and actions of the review feature. Every action answers with the review as stored. */
export interface ReviewSlice {
  reviewSprintId: string | null;
  setReviewSprint: (sprintId: string | null) => void;
  createReview: (sprintId: string) => Promise<Review>;
  deleteReview: (reviewId: string) => Promise<void>;
  addDemoSlot: (
    reviewId: string,
    slot: { title: string; presenterId: string | null; timeboxMinutes: number },
  ) => Promise<Review>;
  addCompletedItemSlots: (reviewId: string) => Promise<Review>;
  updateDemoSlot: (reviewId: string, slotId: string, changes: SlotChanges) => Promise<Review>;
  /** Removes, and offers Undo in a message (as the backlog's delete does): no question asked first. */
  removeDemoSlot: (reviewId: string, slotId: string) => Promise<Review>;
  moveDemoSlot: (reviewId: string, slotId: string, toIndex: number) => Promise<void>;
  /** `opened`: the block as its editor opened it (null for a new one); the api refuses it if changed meanwhile. */
  saveDemoBlock: (reviewId: string, slotId: string, block: DemoBlock, opened?: DemoBlock | null) => Promise<Review>;
  /** Removes, and offers Undo in a message. */
  removeDemoBlock: (reviewId: string, slotId: string, blockId: string) => Promise<Review>;
  recordDemoAcceptance: (
    reviewId: string,
    slotId: string,
    accepted: boolean | null,
    comment: string,
  ) => Promise<Review>;
  addReviewFeedback: (reviewId: string, text: string, from: string) => Promise<Review>;
  /** Removes, and offers Undo in a message. */
  removeReviewFeedback: (reviewId: string, feedbackId: string) => Promise<Review>;
  reviewFeedbackToItem: (reviewId: string, feedbackId: string) => Promise<BacklogItem>;
  setReviewGoalOutcome: (reviewId: string, status: GoalOutcomeStatus | null, sentence: string) => Promise<Review>;
}

export const createReviewSlice: Slice<ReviewSlice> = (set, get) => {
  /** Folds a stored review into the team it belongs to. */
  const put = (id: string, review: Review): Review => {
    get().patchTeam(id, (t) => ({ ...t, reviews: upsertById(t.reviews, review) }));
    return review;
  };
  /** Runs a call for the open team that answers a review, and folds that review into the same team. */
  const run = async (call: (teamId: string) => Promise<Review>): Promise<Review> => {
    const id = openTeamId(get());
    return put(id, await call(id));
  };
  const reviewOf = (reviewId: string) => get().team?.reviews.find((r) => r.id === reviewId);
  /**
   * Runs a removal, then offers Undo in a message naming what went: the server kept a copy, and `restore` puts it
   * back, by id, where it was. Said in words once back: the thing may return off screen.
   */
  const removeWithUndo = async (
    remove: (teamId: string) => Promise<Review>,
    restore: (teamId: string) => Promise<Review>,
    what: string,
    where: () => string = () => '',
  ): Promise<Review> => {
    const teamId = openTeamId(get());
    const saved = put(teamId, await remove(teamId));
    get().pushToast({
      kind: 'info',
      message: `Removed ${what}.`,
      teamId,
      undo: {
        label: 'Undo remove',
        run: async () => {
          // Read before the restore: where it goes back depends on the agenda as it is now.
          const into = where();
          put(teamId, await restore(teamId));
          get().pushToast({ kind: 'success', message: `Restored ${what}${into}.`, teamId });
        },
      },
    });
    return saved;
  };
  return {
    reviewSprintId: null,
    setReviewSprint: (reviewSprintId) => set({ reviewSprintId }),
    createReview: async (sprintId) => run((teamId) => getApi().createReview({ teamId, sprintId })),
    deleteReview: async (reviewId) => {
      const id = openTeamId(get());
      await getApi().deleteReview({ teamId: id, reviewId });
      get().patchTeam(id, (t) => ({ ...t, reviews: t.reviews.filter((r) => r.id !== reviewId) }));
    },
    addDemoSlot: async (reviewId, slot) => run((teamId) => getApi().addDemoSlot({ teamId, reviewId, ...slot })),
    addCompletedItemSlots: async (reviewId) => run((teamId) => getApi().addCompletedItemSlots({ teamId, reviewId })),
    updateDemoSlot: async (reviewId, slotId, changes) =>
      run((teamId) => getApi().updateDemoSlot({ teamId, reviewId, slotId, changes })),
    removeDemoSlot: async (reviewId, slotId) => {
      const slot = reviewOf(reviewId)?.slots.find((s) => s.id === slotId);
      const itemId = slot?.itemId ?? null;
      // An item given a slot again since takes the removed slot's content into that slot (restoreDemoSlot).
      const hasSlotAgain = () =>
        itemId !== null && Boolean(reviewOf(reviewId)?.slots.some((s) => s.itemId === itemId && s.id !== slotId));
      return removeWithUndo(
        (teamId) => getApi().removeDemoSlot({ teamId, reviewId, slotId }),
        (teamId) => getApi().restoreDemoSlot({ teamId, reviewId, slotId }),
        slot === undefined ? 'the slot' : `the slot “${slot.title}”`,
        () => (hasSlotAgain() ? ' into the slot its item got since' : ''),
      );
    },
    moveDemoSlot: async (reviewId, slotId, toIndex) => {
      const id = openTeamId(get());
      const review = () => get().team?.reviews.find((r) => r.id === reviewId);
      const from = review()?.slots.findIndex((s) => s.id === slotId) ?? -1;
      const moveTo = (to: number) => {
        const now = review();
        if (now) put(id, { ...now, slots: moveById(now.slots, slotId, to) });
      };
      await optimistic({
        key: `review:${reviewId}`,
        show: () => moveTo(toIndex),
        save: () => getApi().moveDemoSlot({ teamId: id, reviewId, slotId, toIndex }),
        apply: (saved) => put(id, saved),
        // Only this slot goes back: edits to the agenda saved meanwhile stay on screen.
        undo: () => {
          if (from !== -1) moveTo(from);
        },
      });
    },
    saveDemoBlock: async (reviewId, slotId, block, opened) =>
      run((teamId) => getApi().saveDemoBlock({ teamId, reviewId, slotId, block, opened })),
    removeDemoBlock: async (reviewId, slotId, blockId) => {
      const slot = reviewOf(reviewId)?.slots.find((s) => s.id === slotId);
      const index = slot?.blocks.findIndex((b) => b.id === blockId) ?? -1;
      const block = slot?.blocks[index];
      return removeWithUndo(
        (teamId) => getApi().removeDemoBlock({ teamId, reviewId, slotId, blockId }),
        (teamId) => getApi().restoreDemoBlock({ teamId, reviewId, slotId, blockId }),
        slot && block ? `block ${index + 1} of “${slot.title}” (${BLOCK_KIND_NAMES[block.kind]})` : 'the block',
      );
    },
    recordDemoAcceptance: async (reviewId, slotId, accepted, comment) =>
      run((teamId) => getApi().recordDemoAcceptance({ teamId, reviewId, slotId, accepted, comment })),
    addReviewFeedback: async (reviewId, text, from) =>
      run((teamId) => getApi().addReviewFeedback({ teamId, reviewId, text, from })),
    removeReviewFeedback: async (reviewId, feedbackId) => {
      const text = reviewOf(reviewId)?.feedback.find((f) => f.id === feedbackId)?.text;
      return removeWithUndo(
        (teamId) => getApi().removeReviewFeedback({ teamId, reviewId, feedbackId }),
        (teamId) => getApi().restoreReviewFeedback({ teamId, reviewId, feedbackId }),
        // A stakeholder's words may run long: the message quotes them shortened.
        text === undefined ? 'the feedback' : `the feedback “${shortenText(text, LIMITS.name)}”`,
      );
    },
    reviewFeedbackToItem: async (reviewId, feedbackId) => {
      const id = openTeamId(get());
      const { review, item } = await getApi().reviewFeedbackToItem({ teamId: id, reviewId, feedbackId });
      put(id, review);
      get().patchTeam(id, (t) => ({ ...t, items: upsertById(t.items, item) }));
      return item;
    },
    setReviewGoalOutcome: async (reviewId, status, sentence) =>
      run((teamId) => getApi().setReviewGoalOutcome({ teamId, reviewId, status, sentence })),
  };
};
