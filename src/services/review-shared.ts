import type { Draft } from 'immer';
import { reviewCounts, reviewLimitIssue } from '../domain/review/limits';
import type { Review } from '../domain/review/schema';
import { invalid } from '../domain/shared/errors';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

/**
 * Applies a change to one review and returns it as stored; a recipe that throws changes nothing. A change
 * that takes the review past a limit of its schema is refused here, so the team file always loads.
 */
export async function mutateReview(
  ctx: ServiceContext,
  teamId: string,
  reviewId: string,
  recipe: (review: Draft<Review>, team: Draft<TeamDoc>) => void,
): Promise<Review> {
  findIn(teamOf(ctx.store.snapshot(), teamId).reviews, reviewId, 'The review');
  const ws = await ctx.store.mutate({ teamId }, (draft) => {
    const team = findTeam(draft.teams, teamId);
    const review = findIn(team.reviews, reviewId, 'The review');
    const before = reviewCounts(review);
    recipe(review, team);
    const issue = reviewLimitIssue(before, review);
    if (issue) throw invalid(issue.path, issue.message);
    review.updatedAt = ctx.now().toISOString();
  });
  return findIn(teamOf(ws, teamId).reviews, reviewId, 'The review');
}

export function slotOf<T extends { id: string }>(slots: T[], slotId: string): T {
  return findIn(slots, slotId, 'The demo slot');
}
