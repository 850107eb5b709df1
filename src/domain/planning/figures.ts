import type { BacklogItem } from '../backlog/schema';
import type { TeamSettings } from '../team/schema';
import { bufferUsedPoints, unplannedItemPoints } from './buffer';
import { round2 } from '../shared/round';
import type { Sprint } from './schema';

/**
 * A sprint's headline numbers, defined once. The board's gauge, the Plan tab, the close dialog,
 * the review report and the retro's sprint facts all read them from here, so they cannot disagree.
 */
export interface SprintTotals {
  /** The frozen commitment once started; before that, the planned items' points. */
  committedPoints: number;
  completedPlannedPoints: number;
  /** Done unplanned work, sized as it burns the buffer (interrupt hours converted to points). */
  completedUnplannedPoints: number;
  bufferReservedPoints: number;
  /** Unplanned work taken on, done or not (see bufferUsedPoints). */
  bufferUsedPoints: number;
}

export type TotalsSettings = Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>;

const pointsOf = (items: readonly BacklogItem[]) => items.reduce((sum, i) => sum + (i.points ?? 0), 0);

/**
 * The planned points in the sprint now. Before the start this is what "Committed" shows; after it, the
 * commitment stays frozen and this differs by the planned scope changes since, so the Plan tab shows
 * it on a line of its own, never as the commitment.
 */
export function plannedPointsNow(sprint: Pick<Sprint, 'id'>, items: readonly BacklogItem[]): number {
  return round2(pointsOf(items.filter((i) => i.sprintId === sprint.id && !i.unplanned)));
}

/** The numbers as the sprint's items say now; what "Close sprint" records. */
export function liveTotals(
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  items: readonly BacklogItem[],
  settings: TotalsSettings,
): SprintTotals {
  const mine = items.filter((i) => i.sprintId === sprint.id);
  const done = mine.filter((i) => i.status === 'done');
  const unplannedDone = done
    .filter((i) => i.unplanned)
    .reduce((sum, i) => sum + unplannedItemPoints(i, sprint, settings), 0);
  return {
    committedPoints: sprint.commitment?.committedPoints ?? plannedPointsNow(sprint, mine),
    completedPlannedPoints: round2(pointsOf(done.filter((i) => !i.unplanned))),
    completedUnplannedPoints: round2(unplannedDone),
    bufferReservedPoints: sprint.commitment?.bufferPoints ?? 0,
    bufferUsedPoints: bufferUsedPoints(mine, sprint, settings),
  };
}

/**
 * The numbers to show for a sprint: its recorded result once closed (its unfinished items have left
 * it by then), else the live numbers.
 */
export function sprintTotals(
  sprint: Pick<Sprint, 'id' | 'commitment' | 'result'>,
  items: readonly BacklogItem[],
  settings: TotalsSettings,
): SprintTotals & { fromResult: boolean } {
  const r = sprint.result;
  if (!r) return { ...liveTotals(sprint, items, settings), fromResult: false };
  return {
    committedPoints: r.committedPoints,
    completedPlannedPoints: r.completedPlannedPoints,
    completedUnplannedPoints: r.completedUnplannedPoints,
    bufferReservedPoints: r.bufferReservedPoints,
    bufferUsedPoints: r.bufferUsedPoints,
    fromResult: true,
  };
}
