import type { BacklogItem, ItemStatus } from '../backlog/schema';
import { daysFrom } from '../planning/calendar';
import type { Sprint } from '../planning/schema';
import { plural } from '../shared/words';
import { dateInZone } from '../shared/zoned-time';

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

/**
 * The cards of the sprint nobody on the team owns: no owner, or one who has left the team (removing a member keeps
 * their cards' owner, "Former member"). No speaker's turn walks them, so the walk comes to them last ("No owner").
 */
export function unownedCards(
  items: readonly BacklogItem[],
  sprintId: string,
  members: readonly { id: string }[],
): BacklogItem[] {
  const onTeam = new Set(members.map((m) => m.id));
  return sprintCards(items, sprintId).filter((i) => i.ownerId === null || !onTeam.has(i.ownerId));
}

/** Whether the walk has its last stop: a card of the sprint nobody on the team owns that is not done yet. */
export function hasUnownedWork(
  items: readonly BacklogItem[],
  sprintId: string,
  members: readonly { id: string }[],
): boolean {
  return unownedCards(items, sprintId, members).some((i) => i.status !== 'done');
}

export type StatusFields = Pick<BacklogItem, 'status' | 'statusChangedAt' | 'completedAt'> &
  Partial<Pick<BacklogItem, 'blocked'>>;

/**
 * An item entering `status` at `at`: when it entered (age in column) and, if done, when it was completed and that
 * it is no longer blocked (done work waits on nothing).
 */
export function statusFields(status: ItemStatus, at: string): StatusFields {
  if (status === 'done') return { status, statusChangedAt: at, completedAt: at, blocked: false };
  return { status, statusChangedAt: at, completedAt: null };
}

/** The fields a change of status changes; keeping the same status changes nothing. */
export function moveChanges(item: Pick<BacklogItem, 'status'>, status: ItemStatus, at: string): StatusFields | null {
  if (item.status === status) return null;
  return statusFields(status, at);
}

/**
 * "under a day", "1 day", "4 days" since the card entered its column: the team's days, from the day it came
 * in (in the team's zone) to `today`, as a blocker's age counts them (a card moved Monday afternoon is a day
 * in its column at Tuesday's standup). An item never moved (imported from a tracker) has been in its column
 * since it was made: an edit to it since (an owner picked) is no move.
 */
export function ageInColumn(
  item: Pick<BacklogItem, 'statusChangedAt' | 'createdAt'>,
  today: string,
  timeZone: string,
): string {
  const days = Math.max(0, daysFrom(dateInZone(item.statusChangedAt ?? item.createdAt, timeZone), today));
  return days === 0 ? 'under a day' : plural(days, 'day');
}
