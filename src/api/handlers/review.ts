import * as outcomes from '../../services/review-outcomes-service';
import * as agenda from '../../services/review-service';
import type { reviewContract } from '../contract/review';
import type { HandlersFor } from '../handler-types';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {
  createReview: (ctx, input) => agenda.createReview(ctx, input),
  deleteReview: (ctx, input) => agenda.deleteReview(ctx, input),
  addDemoSlot: (ctx, input) => agenda.addDemoSlot(ctx, input),
  addCompletedItemSlots: (ctx, input) => agenda.addCompletedItemSlots(ctx, input),
  updateDemoSlot: (ctx, input) => agenda.updateDemoSlot(ctx, input),
  removeDemoSlot: (ctx, input) => agenda.removeDemoSlot(ctx, input),
  moveDemoSlot: (ctx, input) => agenda.moveDemoSlot(ctx, input),
  saveDemoBlock: (ctx, input) => agenda.saveDemoBlock(ctx, input),
  removeDemoBlock: (ctx, input) => agenda.removeDemoBlock(ctx, input),
  recordDemoAcceptance: (ctx, input) => outcomes.recordDemoAcceptance(ctx, input),
  addReviewFeedback: (ctx, input) => outcomes.addReviewFeedback(ctx, input),
  removeReviewFeedback: (ctx, input) => outcomes.removeReviewFeedback(ctx, input),
  reviewFeedbackToItem: (ctx, input) => outcomes.reviewFeedbackToItem(ctx, input),
  setReviewGoalOutcome: (ctx, input) => outcomes.setReviewGoalOutcome(ctx, input),
};
