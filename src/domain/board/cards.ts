import type { BacklogItem, ItemStatus } from '../backlog/schema';
import type { Sprint } from '../planning/schema';

/** The team's sprint in progress, if any (planning allows one at a time). */
export function activeSprintOf(sprints: readonly Sprint[]): Sprint | null {
  return sprints.find((s) => s.state === 'active') ?? null;
}

export function sprintCards(items: readonly BacklogItem[], sprintId: string): BacklogItem[] {
  return items.filter((i) => i.sprintId === sprintId);
}

/** The fields a move across columns changes; moving within a column changes nothing. */
export function moveChanges(
  item: BacklogItem,
  status: ItemStatus,
  at: string,
): Pick<BacklogItem, 'status' | 'statusChangedAt' | 'completedAt'> | null {
  if (item.status === status) return null;
  return { status, statusChangedAt: at, completedAt: status === 'done' ? at : null };
}

/** "under a day", "1 day", "4 days" since the card entered its column. */
export function ageInColumn(item: BacklogItem, now: number): string {
  const since = Date.parse(item.statusChangedAt ?? item.updatedAt);
  const days = Math.max(0, Math.floor((now - since) / 86_400_000));
  if (days === 0) return 'under a day';
  return days === 1 ? '1 day' : `${days} days`;
}
