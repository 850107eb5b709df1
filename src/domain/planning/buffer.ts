import type { BacklogItem } from '../backlog/schema';
import type { TeamSettings } from '../team/schema';
import { round2 } from '../shared/round';
import { decimalText } from '../shared/words';
import type { Sprint } from './schema';
import { logInTimeOrder } from './scope-sizes';

export type BufferItem = Pick<BacklogItem, 'sprintId' | 'unplanned' | 'points' | 'interrupt'>;

/** Points per person-day the sprint was planned with; the team's starting value before a commitment exists. */
export function sprintPointsPerPersonDay(
  sprint: Pick<Sprint, 'commitment'>,
  settings: Pick<TeamSettings, 'startingPointsPerPersonDay'>,
): number {
  return sprint.commitment?.pointsPerPersonDay ?? settings.startingPointsPerPersonDay;
}

/**
 * The settings a planned sprint's interrupt hours are converted with, given its capacity: at the points per
 * person-day the start will freeze into its commitment (the learned velocity, or the starting value while too few
 * sprints are closed), not the starting value alone, so what carried work takes of the buffer reads the same before
 * and after the start. A started sprint converts at its commitment's rate anyway (sprintPointsPerPersonDay).
 */
export function atCapacityRate<T extends Pick<TeamSettings, 'startingPointsPerPersonDay'>>(
  settings: T,
  capacity: { pointsPerPersonDay: number },
): T {
  return { ...settings, startingPointsPerPersonDay: capacity.pointsPerPersonDay };
}

/**
 * The points one unplanned item takes from the buffer: its points when estimated, otherwise the
 * interrupt's hours converted at the sprint's rate (hours ÷ standard day × points per person-day).
 * That is the same as converting at the member's own hours per day: capacity counts one of their
 * days as hoursPerDay ÷ standard day person-days, so hours ÷ hoursPerDay days × that focus comes
 * back to hours ÷ standard day. Any hours logged burn at least 0.01 points (round2 would make a few minutes 0).
 * The only definition; every screen's buffer figure uses it.
 */
export function unplannedItemPoints(
  item: BufferItem,
  sprint: Pick<Sprint, 'commitment'>,
  settings: Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>,
): number {
  if (item.points !== null) return item.points;
  const hours = item.interrupt?.hours ?? null;
  if (hours === null) return 0;
  const points = round2((hours / settings.standardDayHours) * sprintPointsPerPersonDay(sprint, settings));
  // Logged time always burns something: a few minutes that round to 0 count as the smallest figure shown.
  return hours > 0 && points === 0 ? MIN_POINTS : points;
}

/**
 * The logged hours of an interrupt without points ("1.5 h"): its size, as unplannedItemPoints burns it; null
 * for an item with points or with no hours. The plan board's card and the close dialog write it the same way.
 */
export function interruptHoursText(item: Pick<BufferItem, 'points' | 'interrupt'>): string | null {
  const hours = item.interrupt?.hours ?? null;
  if (item.points !== null || hours === null) return null;
  // Stored before sizes under 0.01 h were refused: not "0 h" for time logged.
  return hours > 0 && round2(hours) === 0 ? 'under 0.01 h' : `${decimalText(hours)} h`;
}

/** The smallest figure of points Cadence stores and shows (two decimals, see round2). */
const MIN_POINTS = 0.01;

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

type ScopeRecord = Pick<Sprint, 'id' | 'scopeChanges'>;

/**
 * The unplanned work a sprint took on while it ran (interrupts logged, tickets pulled in as unplanned),
 * wherever that work is now: what its scope changes record joining it as unplanned and not taken out again.
 * Read from the sprint's own record, so the close carrying unfinished work on changes nothing, and the next
 * sprint, which the work joins without a scope change, does not count it again. An unplanned item that no
 * sprint records joining (data written without scope changes) counts for the sprint it is in.
 */
export function unplannedTakenOn<T extends BufferItem & Pick<BacklogItem, 'id'>>(
  sprint: ScopeRecord,
  sprints: readonly ScopeRecord[],
  items: readonly T[],
): T[] {
  const joined = new Map<string, boolean>();
  // The last change in time decides, not the last stored: a sync's merge stores this machine's changes first.
  for (const c of logInTimeOrder(sprint)) {
    if (c.kind === 'added') joined.set(c.itemId, !c.planned);
    if (c.kind === 'removed') joined.set(c.itemId, false);
  }
  const recorded = new Set(
    sprints.flatMap((s) => s.scopeChanges.filter((c) => c.kind === 'added').map((c) => c.itemId)),
  );
  return items.filter((i) => joined.get(i.id) ?? (i.sprintId === sprint.id && i.unplanned && !recorded.has(i.id)));
}
