import { feedbackItemDescription } from '../domain/review/agenda';
import type { BacklogItem } from '../domain/backlog/schema';
import type { GoalOutcomeStatus, Review } from '../domain/review/schema';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { shortenText } from '../domain/shared/cut-text';
import { LIMITS } from '../domain/shared/text';
import { newItem } from './backlog-service';
import type { ServiceContext } from './context';
import { findIn, teamOf } from './lookup';
import { mutateReview, slotOf } from './review-shared';

export async function recordDemoAcceptance(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; slotId: string; accepted: boolean | null; comment: string },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review) => {
    const slot = slotOf(review.slots, input.slotId);
    if (slot.itemId === null) throw invalid('slotId', 'Only slots that demo a backlog item can be accepted.');
    slot.acceptance = { accepted: input.accepted, comment: input.comment };
  });
}

export async function addReviewFeedback(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; text: string; from: string },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review) => {
    review.feedback.push({
      id: newId(),
      text: input.text,
      from: input.from,
      at: ctx.now().toISOString(),
      itemId: null,
    });
  });
}

/**
 * Turns feedback into a backlog item whose description names the review; the feedback keeps the item's id.
 * The item is added and linked in one change, which first checks the feedback is not an item yet: two calls
 * at once (a double click, two screens) make one item.
 */
export async function reviewFeedbackToItem(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; feedbackId: string },
): Promise<{ review: Review; item: BacklogItem }> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const review = findIn(team.reviews, input.reviewId, 'The review');
  const feedback = findIn(review.feedback, input.feedbackId, 'The feedback');
  const sprint = team.sprints.find((s) => s.id === review.sprintId);
  const label = `review of ${sprint?.name ?? 'a sprint'} (review ${review.id})`;
  const item = newItem(
    {
      // The first line, shortened to a title's length ("…" says so; the description quotes the feedback whole).
      title: shortenText(feedback.text.split('\n')[0]?.trim() ?? '', LIMITS.title) || 'Stakeholder feedback',
      type: 'story',
      description: feedbackItemDescription(feedback, label),
      points: null,
      labels: ['review-feedback'],
      acceptanceCriteria: [],
      links: [],
      needsChangeWindow: false,
      status: 'todo',
      readyChecks: [],
    },
    ctx.now(),
  );
  const saved = await mutateReview(ctx, input.teamId, input.reviewId, (draft, draftTeam) => {
    const linked = findIn(draft.feedback, input.feedbackId, 'The feedback');
    if (linked.itemId) throw new DomainError('conflict', 'This feedback is already a backlog item.');
    draftTeam.items.push(item);
    linked.itemId = item.id;
  });
  return { review: saved, item };
}

export async function setReviewGoalOutcome(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; status: GoalOutcomeStatus | null; sentence: string },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review) => {
    review.goalOutcome = { status: input.status, sentence: input.sentence };
  });
}
