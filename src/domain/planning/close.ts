import type { BacklogItem } from '../backlog/schema';
import { round2 } from '../shared/round';
import { completedPerPersonDay } from './capacity';
import { latestClosedSprints } from './closed-sprints';
import { liveTotals, type TotalsSettings } from './figures';
import type { Sprint, SprintResult } from './schema';

export type IncompleteTo = SprintResult['incompleteTo'];

/** What "Close sprint" records: the live totals (see figures.ts), the unfinished items and where they went. */
export function sprintResultOf(
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  items: readonly BacklogItem[],
  settings: TotalsSettings,
  incompleteTo: IncompleteTo,
  closedAt: string,
): SprintResult {
  return {
    closedAt,
    ...liveTotals(sprint, items, settings),
    incompleteItemIds: items.filter((i) => i.sprintId === sprint.id && i.status !== 'done').map((i) => i.id),
    incompleteTo,
    personDays: sprint.commitment?.personDays ?? 0,
  };
}

export interface VelocityRow {
  sprintId: string;
  name: string;
  committed: number;
  completedPlanned: number;
  completedUnplanned: number;
  bufferReserved: number;
  bufferUsed: number;
  pointsPerPersonDay: number | null;
}

/** The last `count` closed sprints for the velocity chart, oldest first. */
export function velocityRows(sprints: readonly Sprint[], count = 7): VelocityRow[] {
  return latestClosedSprints(sprints, count).map((s) => {
    const r = s.result as SprintResult;
    const perPersonDay = completedPerPersonDay(r);
    return {
      sprintId: s.id,
      name: s.name,
      committed: r.committedPoints,
      completedPlanned: r.completedPlannedPoints,
      completedUnplanned: r.completedUnplannedPoints,
      bufferReserved: r.bufferReservedPoints,
      bufferUsed: r.bufferUsedPoints,
      pointsPerPersonDay: perPersonDay === null ? null : round2(perPersonDay),
    };
  });
}

/** Where an unfinished unplanned item goes at the close: the team decides per item. */
export const UNPLANNED_CHOICES = ['next_sprint', 'backlog', 'drop'] as const;
export type UnplannedChoice = (typeof UNPLANNED_CHOICES)[number];

/** Where one unfinished unplanned item goes: the team's choice for it, or else where the planned leftovers go. */
export function unplannedChoiceOf(
  itemId: string,
  unplannedTo: Readonly<Record<string, UnplannedChoice>>,
  incompleteTo: IncompleteTo,
): UnplannedChoice {
  return unplannedTo[itemId] ?? incompleteTo;
}

/** What happens to one unfinished item when its sprint closes. */
export interface CarryOver {
  itemId: string;
  /** The next sprint, null for the backlog, or the closing sprint itself when the item is dropped. */
  sprintId: string | null;
  unplanned: boolean;
}

/**
 * The carry-over of a closing sprint. Planned leftovers go where `incompleteTo` says and stay planned;
 * each unplanned leftover goes where the team chose (by default, the same place), and stays unplanned
 * in the next sprint, so its estimate (points or interrupt hours) keeps counting against the buffer
 * instead of turning into committed work. Nothing is deleted: a dropped item stays in the closed sprint.
 */
export function carryOverOf(
  sprint: Pick<Sprint, 'id'>,
  items: readonly BacklogItem[],
  incompleteTo: IncompleteTo,
  unplannedTo: Readonly<Record<string, UnplannedChoice>>,
  nextSprintId: string | null,
): CarryOver[] {
  const into = (to: IncompleteTo) => (to === 'next_sprint' ? nextSprintId : null);
  return items
    .filter((i) => i.sprintId === sprint.id && i.status !== 'done')
    .map((i) => {
      if (!i.unplanned) return { itemId: i.id, sprintId: into(incompleteTo), unplanned: false };
      const choice = unplannedChoiceOf(i.id, unplannedTo, incompleteTo);
      if (choice === 'drop') return { itemId: i.id, sprintId: sprint.id, unplanned: true };
      // Back in the backlog it is just work to plan again; whoever plans it says whether it is planned.
      return { itemId: i.id, sprintId: into(choice), unplanned: choice === 'next_sprint' };
    });
}
