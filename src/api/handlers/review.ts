import * as outcomes from '../../services/review-outcomes-service';
import * as agenda from '../../services/review-service';
import type { reviewContract } from '../contract/review';
import type { HandlersFor } from '../handler-types';

export const reviewHandlers: HandlersFor<typeof reviewContract> = {
  createReview: (ctx, input) => agenda.createReview(ctx, input),
  deleteReview: (ctx, input) => agenda.deleteReview(ctx, input),
  addSlot: (ctx, input) => agenda.addSlot(ctx, input),
  updateSlot: (ctx, input) => agenda.updateSlot(ctx, input),
  removeSlot: (ctx, input) => agenda.removeSlot(ctx, input),
  moveSlot: (ctx, input) => agenda.moveSlot(ctx, input),
  saveBlock: (ctx, input) => agenda.saveBlock(ctx, input),
  removeBlock: (ctx, input) => agenda.removeBlock(ctx, input),
  recordAcceptance: (ctx, input) => outcomes.recordAcceptance(ctx, input),
  addFeedback: (ctx, input) => outcomes.addFeedback(ctx, input),
  removeFeedback: (ctx, input) => outcomes.removeFeedback(ctx, input),
  feedbackToItem: (ctx, input) => outcomes.feedbackToItem(ctx, input),
  setGoalOutcome: (ctx, input) => outcomes.setGoalOutcome(ctx, input),
};
