import { moveById } from '../domain/backlog/order';
import { completedItemsWithoutSlot, slotsFromCompletedItems } from '../domain/review/agenda';
import { withShownSourceOnly } from '../domain/review/diagram-source';
import { SLOTS_LIMIT_SENTENCE, slotRoom } from '../domain/review/limits';
import {
  DemoBlockSchema,
  DemoSlotSchema,
  ReviewSchema,
  type DemoBlock,
  type DemoSlot,
  type Review,
} from '../domain/review/schema';
import { DomainError, invalid } from '../domain/shared/errors';
import { deepEqual } from '../domain/sync/canonical';
import { newId } from '../domain/shared/ids';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { mutateReview, slotOf } from './review-shared';

/**
 * Starts the review of a sprint, its agenda pre-filled with one slot per completed item: the first ones in
 * backlog order when they are more than a review holds (the screen says how many have no slot).
 */
export async function createReview(ctx: ServiceContext, input: { teamId: string; sprintId: string }): Promise<Review> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  findIn(team.sprints, input.sprintId, 'The sprint');
  if (team.reviews.some((r) => r.sprintId === input.sprintId)) {
    throw new DomainError('conflict', 'This sprint already has a review; open it instead of starting another.');
  }
  const at = ctx.now().toISOString();
  const review = ReviewSchema.parse({
    id: newId(),
    sprintId: input.sprintId,
    createdAt: at,
    updatedAt: at,
    slots: slotsFromCompletedItems(input.sprintId, team.items, newId, slotRoom([])),
  });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).reviews.push(review);
  });
  return findIn(teamOf(ws, input.teamId).reviews, review.id, 'The review');
}

export async function deleteReview(ctx: ServiceContext, input: { teamId: string; reviewId: string }): Promise<void> {
  findIn(teamOf(ctx.store.snapshot(), input.teamId).reviews, input.reviewId, 'The review');
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    team.reviews = team.reviews.filter((r) => r.id !== input.reviewId);
  });
}

export async function addDemoSlot(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; title: string; presenterId: string | null; timeboxMinutes: number },
): Promise<Review> {
  const slot = DemoSlotSchema.parse({
    id: newId(),
    title: input.title,
    presenterId: input.presenterId,
    timeboxMinutes: input.timeboxMinutes,
  });
  return mutateReview(ctx, input.teamId, input.reviewId, (review, team) => {
    if (slot.presenterId) findIn(team.members, slot.presenterId, 'The presenter');
    review.slots.push(slot);
  });
}

/** Adds a slot for each completed item of the sprint that has none yet, as many as the review has room for. */
export async function addCompletedItemSlots(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review, team) => {
    const missing = completedItemsWithoutSlot(review.sprintId, team.items, review.slots);
    const room = slotRoom(review.slots);
    if (missing.length > 0 && room === 0) {
      throw invalid('slots', `${SLOTS_LIMIT_SENTENCE} Remove a slot to make room for a completed item.`);
    }
    review.slots.push(...slotsFromCompletedItems(review.sprintId, missing, newId, room));
  });
}

export async function updateDemoSlot(
  ctx: ServiceContext,
  input: {
    teamId: string;
    reviewId: string;
    slotId: string;
    changes: Partial<Pick<DemoSlot, 'title' | 'presenterId' | 'timeboxMinutes'>>;
  },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review, team) => {
    const presenterId = input.changes.presenterId;
    if (presenterId) findIn(team.members, presenterId, 'The presenter');
    Object.assign(slotOf(review.slots, input.slotId), input.changes);
  });
}

export async function moveDemoSlot(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; slotId: string; toIndex: number },
): Promise<Review> {
  return mutateReview(ctx, input.teamId, input.reviewId, (review) => {
    slotOf(review.slots, input.slotId);
    review.slots = moveById(review.slots, input.slotId, input.toIndex);
  });
}

/**
 * An editor saves its whole block: one removed since it opened (another window, a sync) would come back at the end of
 * the slot, and one changed since would lose that change. Both are refused; what was typed stays in the editor.
 */
function refuseChangedMeanwhile(stored: DemoBlock | undefined, opened: DemoBlock, saved: DemoBlock): void {
  if (!stored) {
    throw new DomainError(
      'conflict',
      'This block was removed from the slot elsewhere (another window, a sync) while you edited it. Copy what you need, then cancel; add a new block to keep it.',
    );
  }
  // A save sent twice (a retry) finds its own change: nothing was overwritten.
  if (!deepEqual(stored, opened) && !deepEqual(stored, saved)) {
    throw new DomainError(
      'conflict',
      'This block was changed elsewhere (another window, a sync) while you edited it. Copy what you need, then cancel and edit it again to see the change.',
    );
  }
}

/**
 * Adds a block to a slot, or replaces the block with the same id; given `opened` (the block as its editor opened it),
 * only while the stored block is still that one.
 */
export async function saveDemoBlock(
  ctx: ServiceContext,
  input: { teamId: string; reviewId: string; slotId: string; block: DemoBlock; opened?: DemoBlock | null | undefined },
): Promise<Review> {
  const parsed = DemoBlockSchema.safeParse(input.block);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(`block.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'The block is not valid.');
  }
  const block = withShownSourceOnly(parsed.data);
  return mutateReview(ctx, input.teamId, input.reviewId, (review) => {
    const slot = slotOf(review.slots, input.slotId);
    const at = slot.blocks.findIndex((b) => b.id === block.id);
    if (input.opened) refuseChangedMeanwhile(slot.blocks[at], input.opened, block);
    if (at === -1) slot.blocks.push(block);
    else slot.blocks[at] = block;
  });
}
