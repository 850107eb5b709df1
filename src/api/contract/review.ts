import { z } from 'zod';
import type { BacklogItem } from '../../domain/backlog/schema';
import {
  DemoBlockSchema,
  GOAL_OUTCOMES,
  SlotTitleSchema,
  TimeboxSchema,
  type Review,
} from '../../domain/review/schema';
import { IdSchema } from '../../domain/shared/ids';
import { LIMITS, optionalText, requiredText } from '../../domain/shared/text';
import { method } from '../define';

const ref = { teamId: IdSchema, reviewId: IdSchema };
const slotRef = { ...ref, slotId: IdSchema };

/** Api methods of the review feature, merged into the contract. Each answers the review as stored. */
export const reviewContract = {
  createReview: method<Review>()(z.object({ teamId: IdSchema, sprintId: IdSchema }).strict()),
  deleteReview: method<void>()(z.object(ref).strict()),
  addDemoSlot: method<Review>()(
    z
      .object({
        ...ref,
        title: SlotTitleSchema,
        presenterId: IdSchema.nullable(),
        timeboxMinutes: TimeboxSchema,
      })
      .strict(),
  ),
  addCompletedItemSlots: method<Review>()(z.object(ref).strict()),
  updateDemoSlot: method<Review>()(
    z
      .object({
        ...slotRef,
        changes: z
          .object({
            title: SlotTitleSchema,
            presenterId: IdSchema.nullable(),
            timeboxMinutes: TimeboxSchema,
          })
          .partial()
          .strict(),
      })
      .strict(),
  ),
  removeDemoSlot: method<Review>()(z.object(slotRef).strict()),
  // Undo of a removal: the server puts back the copy it kept, by id, where it was.
  restoreDemoSlot: method<Review>()(z.object(slotRef).strict()),
  moveDemoSlot: method<Review>()(z.object({ ...slotRef, toIndex: z.number().int().min(0) }).strict()),
  // `opened`: the block as its editor opened it (null for a new one), so a change saved meanwhile is not overwritten.
  saveDemoBlock: method<Review>()(
    z.object({ ...slotRef, block: DemoBlockSchema, opened: DemoBlockSchema.nullable().optional() }).strict(),
  ),
  removeDemoBlock: method<Review>()(z.object({ ...slotRef, blockId: IdSchema }).strict()),
  restoreDemoBlock: method<Review>()(z.object({ ...slotRef, blockId: IdSchema }).strict()),
  recordDemoAcceptance: method<Review>()(
    z
      .object({ ...slotRef, accepted: z.boolean().nullable(), comment: optionalText('Comment', LIMITS.shortText) })
      .strict(),
  ),
  addReviewFeedback: method<Review>()(
    z
      .object({ ...ref, text: requiredText('Feedback', LIMITS.shortText), from: optionalText('From', LIMITS.name) })
      .strict(),
  ),
  removeReviewFeedback: method<Review>()(z.object({ ...ref, feedbackId: IdSchema }).strict()),
  restoreReviewFeedback: method<Review>()(z.object({ ...ref, feedbackId: IdSchema }).strict()),
  reviewFeedbackToItem: method<{ review: Review; item: BacklogItem }>()(
    z.object({ ...ref, feedbackId: IdSchema }).strict(),
  ),
  setReviewGoalOutcome: method<Review>()(
    z
      .object({
        ...ref,
        status: z.enum(GOAL_OUTCOMES).nullable(),
        sentence: optionalText('Goal outcome', LIMITS.shortText),
      })
      .strict(),
  ),
};
