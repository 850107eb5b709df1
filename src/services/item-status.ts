import type { BacklogItem, ItemStatus } from '../domain/backlog/schema';
import { moveChanges } from '../domain/board/cards';
import { reopensAfterClose } from '../domain/planning/rules';
import type { Sprint } from '../domain/planning/schema';

/**
 * The one way an item's status changes, wherever the change starts (the board, the item editor):
 * status, the time it entered that status and, for done, the completion time the burndown, sprint
 * close and velocity read (and no blocked mark). An item reopened after its sprint closed goes back to the backlog (see
 * reopensAfterClose); no scope change is logged, as a closed sprint's scope no longer changes.
 * Returns whether anything changed.
 */
export function setItemStatus(
  team: { sprints: readonly Pick<Sprint, 'id' | 'state'>[] },
  item: BacklogItem,
  status: ItemStatus,
  at: string,
): boolean {
  const changes = moveChanges(item, status, at);
  if (!changes) return false;
  if (reopensAfterClose(item, status, team.sprints)) {
    // Back in the backlog it is just work to plan again; whoever plans it says whether it is planned.
    item.sprintId = null;
    item.unplanned = false;
  }
  // Reaching Done also takes off a blocked mark (statusFields).
  Object.assign(item, changes);
  return true;
}
