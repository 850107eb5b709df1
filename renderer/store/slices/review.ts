import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { DemoBlock, DemoSlot, GoalOutcomeStatus, Review } from '../../../src/domain/review/schema';
import { moveById } from '../../../src/domain/backlog/order';
import { getApi } from '../../api/client';
import { optimistic } from '../optimistic';
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
  removeDemoSlot: (reviewId: string, slotId: string) => Promise<Review>;
  moveDemoSlot: (reviewId: string, slotId: string, toIndex: number) => Promise<void>;
  saveDemoBlock: (reviewId: string, slotId: string, block: DemoBlock) => Promise<Review>;
  removeDemoBlock: (reviewId: string, slotId: string, blockId: string) => Promise<Review>;
  recordDemoAcceptance: (
    reviewId: string,
    slotId: string,
    accepted: boolean | null,
    comment: string,
  ) => Promise<Review>;
  addReviewFeedback: (reviewId: string, text: string, from: string) => Promise<Review>;
  removeReviewFeedback: (reviewId: string, feedbackId: string) => Promise<Review>;
  reviewFeedbackToItem: (reviewId: string, feedbackId: string) => Promise<BacklogItem>;
  setReviewGoalOutcome: (reviewId: string, status: GoalOutcomeStatus | null, sentence: string) => Promise<Review>;
}

export const createReviewSlice: Slice<ReviewSlice> = (set, get) => {
  const teamId = () => {
    const team = get().team;
    if (!team) throw new Error('Pick or create a team first.');
    return team.id;
  };
  /** Folds a stored review into the open team. */
  const put = (review: Review): Review => {
    get().patchTeam((t) => ({
      ...t,
      reviews: t.reviews.some((r) => r.id === review.id)
        ? t.reviews.map((r) => (r.id === review.id ? review : r))
        : [...t.reviews, review],
    }));
    return review;
  };
  return {
    reviewSprintId: null,
    setReviewSprint: (reviewSprintId) => set({ reviewSprintId }),
    createReview: async (sprintId) => put(await getApi().createReview({ teamId: teamId(), sprintId })),
    deleteReview: async (reviewId) => {
      await getApi().deleteReview({ teamId: teamId(), reviewId });
      get().patchTeam((t) => ({ ...t, reviews: t.reviews.filter((r) => r.id !== reviewId) }));
    },
    addDemoSlot: async (reviewId, slot) => put(await getApi().addDemoSlot({ teamId: teamId(), reviewId, ...slot })),
    addCompletedItemSlots: async (reviewId) =>
      put(await getApi().addCompletedItemSlots({ teamId: teamId(), reviewId })),
    updateDemoSlot: async (reviewId, slotId, changes) =>
      put(await getApi().updateDemoSlot({ teamId: teamId(), reviewId, slotId, changes })),
    removeDemoSlot: async (reviewId, slotId) =>
      put(await getApi().removeDemoSlot({ teamId: teamId(), reviewId, slotId })),
    moveDemoSlot: async (reviewId, slotId, toIndex) => {
      const id = teamId();
      const review = () => get().team?.reviews.find((r) => r.id === reviewId);
      const from = review()?.slots.findIndex((s) => s.id === slotId) ?? -1;
      const moveTo = (to: number) => {
        const now = review();
        if (now) put({ ...now, slots: moveById(now.slots, slotId, to) });
      };
      await optimistic({
        show: () => moveTo(toIndex),
        save: async () => put(await getApi().moveDemoSlot({ teamId: id, reviewId, slotId, toIndex })),
        // Only this slot goes back: edits to the agenda saved meanwhile stay on screen.
        undo: () => {
          if (from !== -1) moveTo(from);
        },
      });
    },
    saveDemoBlock: async (reviewId, slotId, block) =>
      put(await getApi().saveDemoBlock({ teamId: teamId(), reviewId, slotId, block })),
    removeDemoBlock: async (reviewId, slotId, blockId) =>
      put(await getApi().removeDemoBlock({ teamId: teamId(), reviewId, slotId, blockId })),
    recordDemoAcceptance: async (reviewId, slotId, accepted, comment) =>
      put(await getApi().recordDemoAcceptance({ teamId: teamId(), reviewId, slotId, accepted, comment })),
    addReviewFeedback: async (reviewId, text, from) =>
      put(await getApi().addReviewFeedback({ teamId: teamId(), reviewId, text, from })),
    removeReviewFeedback: async (reviewId, feedbackId) =>
      put(await getApi().removeReviewFeedback({ teamId: teamId(), reviewId, feedbackId })),
    reviewFeedbackToItem: async (reviewId, feedbackId) => {
      const { review, item } = await getApi().reviewFeedbackToItem({ teamId: teamId(), reviewId, feedbackId });
      put(review);
      get().patchTeam((t) => ({ ...t, items: [...t.items, item] }));
      return item;
    },
    setReviewGoalOutcome: async (reviewId, status, sentence) =>
      put(await getApi().setReviewGoalOutcome({ teamId: teamId(), reviewId, status, sentence })),
  };
};
