import type { FieldIssue } from '../shared/errors';
import { numberText } from '../shared/words';
import { REVIEW_LIMITS, type DemoSlot, type Review } from './schema';

type Counted = Pick<Review, 'slots' | 'feedback'>;

/** The sentence that refuses one more slot; the screen says it too, beside the items left without one. */
export const SLOTS_LIMIT_SENTENCE = `A review holds at most ${numberText(REVIEW_LIMITS.slots)} demo slots.`;

/** How many more slots the review takes. */
export function slotRoom(slots: readonly unknown[]): number {
  return Math.max(0, REVIEW_LIMITS.slots - slots.length);
}

/** The counts a change may not raise past a limit: slots, feedback, and each slot's blocks. */
export interface ReviewCounts {
  slots: number;
  feedback: number;
  blocks: ReadonlyMap<string, number>;
}

export function reviewCounts(review: Counted): ReviewCounts {
  return {
    slots: review.slots.length,
    feedback: review.feedback.length,
    blocks: new Map(review.slots.map((s) => [s.id, s.blocks.length])),
  };
}

/**
 * What a change from `before` to `after` takes past a limit of the review schema, as a sentence; null when
 * it fits. Only a count that grew is refused, so a review already past a limit can still be trimmed.
 */
export function reviewLimitIssue(before: ReviewCounts, after: Counted): FieldIssue | null {
  const grew = (now: number, was: number | undefined, max: number) => now > max && now > (was ?? 0);
  if (grew(after.slots.length, before.slots, REVIEW_LIMITS.slots)) {
    return { path: 'slots', message: `${SLOTS_LIMIT_SENTENCE} Remove a slot to make room for another.` };
  }
  const full = after.slots.find((s: DemoSlot) =>
    grew(s.blocks.length, before.blocks.get(s.id), REVIEW_LIMITS.blocksPerSlot),
  );
  if (full) {
    return {
      path: 'block',
      message: `A demo slot holds at most ${numberText(REVIEW_LIMITS.blocksPerSlot)} blocks. Remove a block from “${full.title}” to add another.`,
    };
  }
  if (grew(after.feedback.length, before.feedback, REVIEW_LIMITS.feedback)) {
    return {
      path: 'feedback',
      message: `A review holds at most ${numberText(REVIEW_LIMITS.feedback)} pieces of feedback. Remove some to add more.`,
    };
  }
  return null;
}
