import type { BacklogItem } from '../backlog/schema';
import type { CarryOver } from './close';
import type { Sprint } from './schema';

/**
 * An item dropped at its sprint's close ("Drop it", carryOverOf) stays in the closed sprint, not done. The team may
 * want it after all: it can be planned again, and planning it takes it out of the closed sprint, whose recorded
 * result does not change (as an item reopened after its close leaves it, reopensAfterClose).
 */

/** The closed sprint an unfinished item was left in at the close, or null for any other item. */
export function droppedFrom<S extends Pick<Sprint, 'id' | 'state'>>(
  item: Pick<BacklogItem, 'sprintId' | 'status'>,
  sprints: readonly S[],
): S | null {
  if (item.sprintId === null || item.status === 'done') return null;
  const sprint = sprints.find((s) => s.id === item.sprintId);
  return sprint?.state === 'closed' ? sprint : null;
}

/**
 * What the Plan tab of `sprint` offers to plan: open items in no sprint, and those dropped at the close of another
 * sprint (the closed sprint they were dropped from lists them as its own).
 */
export function waitingToPlan<I extends Pick<BacklogItem, 'sprintId' | 'status'>>(
  items: readonly I[],
  sprints: readonly Pick<Sprint, 'id' | 'state'>[],
  sprint: Pick<Sprint, 'id'>,
): I[] {
  const dropped = (i: I) => i.sprintId !== sprint.id && droppedFrom(i, sprints) !== null;
  return items.filter((i) => (i.sprintId === null && i.status !== 'done') || dropped(i));
}

/** The items a close dropped (see carryOverOf): they stay in the closed sprint, not done, and carry nowhere. */
export function droppedAtClose(sprint: Pick<Sprint, 'id'>, moves: readonly CarryOver[]): string[] {
  return moves.filter((m) => m.sprintId === sprint.id).map((m) => m.itemId);
}

/**
 * What a closed sprint carried over, the one definition every figure uses: its unfinished items the close moved on
 * (to the next sprint or the backlog), never those it dropped, even once planned again since. A result recorded
 * before drops were counts as dropped the unfinished items still in the sprint. Empty while the sprint runs.
 */
export function carriedOverIds(
  sprint: Pick<Sprint, 'id' | 'result'>,
  items: readonly Pick<BacklogItem, 'id' | 'sprintId'>[],
): string[] {
  const result = sprint.result;
  if (!result) return [];
  return carriedOn(
    result.incompleteItemIds,
    result.droppedItemIds ?? items.filter((i) => i.sprintId === sprint.id).map((i) => i.id),
  );
}

/** The unfinished items that carry over: all but those dropped. The close dialog counts them as carriedOverIds lists them. */
export function carriedOn(incompleteItemIds: readonly string[], droppedIds: readonly string[]): string[] {
  const dropped = new Set(droppedIds);
  return incompleteItemIds.filter((id) => !dropped.has(id));
}
