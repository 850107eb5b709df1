import type { BacklogItem, ItemStatus } from '../backlog/schema';
import type { Sprint } from '../planning/schema';
import { plural } from '../shared/words';

/** The team's sprint in progress, if any (planning allows one at a time). */
export function activeSprintOf(sprints: readonly Sprint[]): Sprint | null {
  return sprints.find((s) => s.state === 'active') ?? null;
}

/** Whether an item is a card of the sprint's board. */
export const isCardOf =
  (sprintId: string) =>
  (item: BacklogItem): boolean =>
    item.sprintId === sprintId;

export function sprintCards(items: readonly BacklogItem[], sprintId: string): BacklogItem[] {
  return items.filter(isCardOf(sprintId));
}

export type StatusFields = Pick<BacklogItem, 'status' | 'statusChangedAt' | 'completedAt'>;

/** An item entering `status` at `at`: when it entered (age in column) and, if done, when it was completed. */
export function statusFields(status: ItemStatus, at: string): StatusFields {
  return { status, statusChangedAt: at, completedAt: status === 'done' ? at : null };
}

/** The fields a change of status changes; keeping the same status changes nothing. */
export function moveChanges(item: Pick<BacklogItem, 'status'>, status: ItemStatus, at: string): StatusFields | null {
  if (item.status === status) return null;
  return statusFields(status, at);
}

/** "under a day", "1 day", "4 days" since the card entered its column. */
export function ageInColumn(item: BacklogItem, now: number): string {
  const since = Date.parse(item.statusChangedAt ?? item.updatedAt);
  const days = Math.max(0, Math.floor((now - since) / 86_400_000));
  return days === 0 ? 'under a day' : plural(days, 'day');
}
