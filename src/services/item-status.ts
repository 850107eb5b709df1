import type { BacklogItem, ItemStatus } from '../domain/backlog/schema';
import { moveChanges } from '../domain/board/cards';

/**
 * The one way an item's status changes, wherever the change starts (the board, the item editor):
 * status, the time it entered that status and, for done, the completion time the burndown, sprint
 * close and velocity read. Returns whether anything changed.
 */
export function setItemStatus(item: BacklogItem, status: ItemStatus, at: string): boolean {
  const changes = moveChanges(item, status, at);
  if (!changes) return false;
  Object.assign(item, changes);
  return true;
}
