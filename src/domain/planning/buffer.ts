import type { BacklogItem } from '../backlog/schema';
import type { TeamSettings } from '../team/schema';
import { round2 } from '../shared/round';
import type { Sprint } from './schema';

export type BufferItem = Pick<BacklogItem, 'sprintId' | 'unplanned' | 'points' | 'interrupt'>;

/** Points per person-day the sprint was planned with; the team's starting value before a commitment exists. */
export function sprintPointsPerPersonDay(
  sprint: Pick<Sprint, 'commitment'>,
  settings: Pick<TeamSettings, 'startingPointsPerPersonDay'>,
): number {
  return sprint.commitment?.pointsPerPersonDay ?? settings.startingPointsPerPersonDay;
}

/**
 * The points one unplanned item takes from the buffer: its points when estimated, otherwise the
 * interrupt's hours converted at the sprint's rate (hours ÷ standard day × points per person-day).
 * That is the same as converting at the member's own hours per day: capacity counts one of their
 * days as hoursPerDay ÷ standard day person-days, so hours ÷ hoursPerDay days × that focus comes
 * back to hours ÷ standard day. The only definition; every screen's buffer figure uses it.
 */
export function unplannedItemPoints(
  item: BufferItem,
  sprint: Pick<Sprint, 'commitment'>,
  settings: Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>,
): number {
  if (item.points !== null) return item.points;
  const hours = item.interrupt?.hours ?? null;
  if (hours === null) return 0;
  return round2((hours / settings.standardDayHours) * sprintPointsPerPersonDay(sprint, settings));
}

/** How much of the interrupt buffer the sprint's unplanned items have used, done or not. */
export function bufferUsedPoints(
  items: readonly BufferItem[],
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  settings: Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>,
): number {
  const used = items
    .filter((i) => i.sprintId === sprint.id && i.unplanned)
    .reduce((acc, i) => acc + unplannedItemPoints(i, sprint, settings), 0);
  return round2(used);
}
