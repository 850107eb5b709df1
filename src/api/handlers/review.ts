import * as outcomes from '../../services/review-outcomes-service';
import * as agenda from '../../services/review-service';
import * as removed from '../../services/review-removed';
import type { reviewContract } from '../contract/review';
import type { HandlersFor } from '../handler-types';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {
  createReview: (ctx, input) => agenda.createReview(ctx, input),
  deleteReview: (ctx, input) => agenda.deleteReview(ctx, input),
  addDemoSlot: (ctx, input) => agenda.addDemoSlot(ctx, input),
  addCompletedItemSlots: (ctx, input) => agenda.addCompletedItemSlots(ctx, input),
  updateDemoSlot: (ctx, input) => agenda.updateDemoSlot(ctx, input),
  removeDemoSlot: (ctx, input) => removed.removeDemoSlot(ctx, input),
  restoreDemoSlot: (ctx, input) => removed.restoreDemoSlot(ctx, input),
  moveDemoSlot: (ctx, input) => agenda.moveDemoSlot(ctx, input),
  saveDemoBlock: (ctx, input) => agenda.saveDemoBlock(ctx, input),
  removeDemoBlock: (ctx, input) => removed.removeDemoBlock(ctx, input),
  restoreDemoBlock: (ctx, input) => removed.restoreDemoBlock(ctx, input),
  recordDemoAcceptance: (ctx, input) => outcomes.recordDemoAcceptance(ctx, input),
  addReviewFeedback: (ctx, input) => outcomes.addReviewFeedback(ctx, input),
  removeReviewFeedback: (ctx, input) => removed.removeReviewFeedback(ctx, input),
  restoreReviewFeedback: (ctx, input) => removed.restoreReviewFeedback(ctx, input),
  reviewFeedbackToItem: (ctx, input) => outcomes.reviewFeedbackToItem(ctx, input),
  setReviewGoalOutcome: (ctx, input) => outcomes.setReviewGoalOutcome(ctx, input),
};
