import { current, type Draft } from 'immer';
import type { DemoBlock, DemoSlot, Feedback, Review } from '../domain/review/schema';
import { slotFieldsOf, slotTakingBack } from '../domain/review/agenda';
import { DomainError, notFound } from '../domain/shared/errors';
import type { ServiceContext } from './context';
import { mutateReview, slotOf } from './review-shared';
import { undoShelf } from './kept-for-undo';
import type { WorkspaceStore } from './store';

/**
 * Copies of the slots, blocks and feedback removed from reviews, kept by the server so that Undo puts back by id what
 * was really removed, where it was, never a copy the client sends (see kept-for-undo.ts).
 */
interface Removed {
  slot: { slot: DemoSlot; index: number };
  /** `itemId`: the item its slot demos, so the block finds that slot once it is the item's slot again (restoreDemoSlot). */
  block: { slotId: string; itemId: string | null; block: DemoBlock; index: number };
  feedback: { feedback: Feedback; index: number };
}
type Part = keyof Removed;
interface ReviewRef {
  teamId: string;
  reviewId: string;
}

/** Only the last 100 removals can be undone. */
const removals = undoShelf<Removed[Part]>(100);
const keyOf = (ref: ReviewRef, part: Part, id: string) => `${ref.teamId}/${ref.reviewId}/${part}/${id}`;

function keep<P extends Part>(store: WorkspaceStore, ref: ReviewRef, part: P, id: string, copy: Removed[P]): void {
  removals.keep(store, keyOf(ref, part, id), copy);
}

function keptCopy<P extends Part>(store: WorkspaceStore, ref: ReviewRef, part: P, id: string): Removed[P] {
  const copy = removals.get(store, keyOf(ref, part, id));
  if (!copy) {
    throw new DomainError(
      'not_found',
      'This removal can no longer be undone: Cadence was restarted, or all data was restored or replaced, since.',
    );
  }
  return copy as Removed[P];
}

/** Removes from `list` the entry with `id` and answers a plain copy of it with its place; nothing found, throws. */
function takeOut<T extends { id: string }>(list: Draft<T>[], id: string, what: string): { value: T; index: number } {
  const index = list.findIndex((entry) => entry.id === id);
  const found = list[index];
  if (!found) throw notFound(what);
  const value = current(found) as T;
  list.splice(index, 1);
  return { value, index };
}

/** Puts `value` back at `index`, or at the end when the list is shorter now. */
function putBack<T extends { id: string }>(list: Draft<T>[], value: T, index: number, already: string): void {
  if (list.some((entry) => entry.id === value.id)) throw new DomainError('conflict', already);
  list.splice(Math.min(index, list.length), 0, value as Draft<T>);
}

/**
 * The slot a removed block goes back to: its own, or the slot its item has now, which took back that slot's content
 * when its removal was undone; one removed since is said so, with what to do.
 */
function slotToRestore(review: Draft<Review>, slotId: string, itemId: string | null) {
  const slot =
    review.slots.find((s) => s.id === slotId) ??
    (itemId === null ? undefined : review.slots.find((s) => s.itemId === itemId));
  if (!slot) {
    throw new DomainError(
      'not_found',
      "The block's slot was removed from the agenda since. Undo the slot's removal first to put the block back.",
    );
  }
  return slot;
}

export async function removeDemoSlot(ctx: ServiceContext, input: ReviewRef & { slotId: string }): Promise<Review> {
  const removed: { copy?: Removed['slot'] } = {};
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft) => {
    const { value, index } = takeOut(draft.slots, input.slotId, 'The demo slot');
    removed.copy = { slot: value, index };
  });
  if (removed.copy) keep(ctx.store, input, 'slot', input.slotId, removed.copy);
  return review;
}

/**
 * Undo of removeDemoSlot: the slot back in its place in the agenda, with its blocks and its outcome. When its item has
 * a slot again (added since), that slot takes the removed one's content and its place, so no item gets two slots.
 */
export async function restoreDemoSlot(ctx: ServiceContext, input: ReviewRef & { slotId: string }): Promise<Review> {
  const copy = keptCopy(ctx.store, input, 'slot', input.slotId);
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft, team) => {
    const { slot, index } = copy;
    const again = slot.itemId === null ? undefined : draft.slots.find((s) => s.itemId === slot.itemId);
    const already = 'This slot is already on the agenda.';
    if (!again || again.id === slot.id) {
      putBack(draft.slots, slot, index, already);
      return;
    }
    const { value: current } = takeOut(draft.slots, again.id, 'The demo slot');
    const item = team.items.find((i) => i.id === slot.itemId);
    putBack(draft.slots, slotTakingBack(slot, current, item ? slotFieldsOf(item) : null), index, already);
  });
  removals.forget(ctx.store, keyOf(input, 'slot', input.slotId));
  return review;
}

export async function removeDemoBlock(
  ctx: ServiceContext,
  input: ReviewRef & { slotId: string; blockId: string },
): Promise<Review> {
  const removed: { copy?: Removed['block'] } = {};
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft) => {
    const slot = slotOf(draft.slots, input.slotId);
    const { value, index } = takeOut(slot.blocks, input.blockId, 'The block');
    removed.copy = { slotId: input.slotId, itemId: slot.itemId, block: value, index };
  });
  if (removed.copy) keep(ctx.store, input, 'block', input.blockId, removed.copy);
  return review;
}

/** Undo of removeDemoBlock: the block back in its place in its slot, while that slot is on the agenda. */
export async function restoreDemoBlock(
  ctx: ServiceContext,
  input: ReviewRef & { slotId: string; blockId: string },
): Promise<Review> {
  const copy = keptCopy(ctx.store, input, 'block', input.blockId);
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft) => {
    const slot = slotToRestore(draft, copy.slotId, copy.itemId);
    putBack(slot.blocks, copy.block, copy.index, 'This block is already in its slot.');
  });
  removals.forget(ctx.store, keyOf(input, 'block', input.blockId));
  return review;
}

export async function removeReviewFeedback(
  ctx: ServiceContext,
  input: ReviewRef & { feedbackId: string },
): Promise<Review> {
  const removed: { copy?: Removed['feedback'] } = {};
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft) => {
    const { value, index } = takeOut(draft.feedback, input.feedbackId, 'The feedback');
    removed.copy = { feedback: value, index };
  });
  if (removed.copy) keep(ctx.store, input, 'feedback', input.feedbackId, removed.copy);
  return review;
}

/** Undo of removeReviewFeedback: the feedback back in its place, still linked to the backlog item made from it. */
export async function restoreReviewFeedback(
  ctx: ServiceContext,
  input: ReviewRef & { feedbackId: string },
): Promise<Review> {
  const copy = keptCopy(ctx.store, input, 'feedback', input.feedbackId);
  const review = await mutateReview(ctx, input.teamId, input.reviewId, (draft) => {
    putBack(draft.feedback, copy.feedback, copy.index, 'This feedback is already in the review.');
  });
  removals.forget(ctx.store, keyOf(input, 'feedback', input.feedbackId));
  return review;
}
