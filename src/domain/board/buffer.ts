import type { BacklogItem } from '../backlog/schema';
import type { Sprint } from '../planning/schema';
import type { TeamSettings } from '../team/schema';

export type BufferSettings = Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>;

/** Points per person-day the sprint was planned with; the team's starting value before a commitment exists. */
export function sprintPointsPerPersonDay(sprint: Sprint, settings: BufferSettings): number {
  return sprint.commitment?.pointsPerPersonDay ?? settings.startingPointsPerPersonDay;
}

/** The buffer one unplanned item burns: its points, plus interrupt hours as person-days at the sprint's velocity. */
export function unplannedPointsOf(item: BacklogItem, pointsPerPersonDay: number, standardDayHours: number): number {
  const hours = item.interrupt?.hours ?? 0;
  return (item.points ?? 0) + (hours / standardDayHours) * pointsPerPersonDay;
}

/**
 * Buffer used = Σ points of the sprint's unplanned items
 *             + Σ interrupt hours ÷ standard day hours × points per person-day.
 */
export function bufferUsedPoints(items: readonly BacklogItem[], sprint: Sprint, settings: BufferSettings): number {
  const ppd = sprintPointsPerPersonDay(sprint, settings);
  return items
    .filter((i) => i.sprintId === sprint.id && i.unplanned)
    .reduce((sum, i) => sum + unplannedPointsOf(i, ppd, settings.standardDayHours), 0);
}

export type BufferLevel = 'ok' | 'amber' | 'red';

export interface BufferGauge {
  reserved: number;
  used: number;
  /** Negative once the buffer is overspent. */
  remaining: number;
  /** used ÷ reserved; 1 means exhausted. */
  share: number;
  level: BufferLevel;
}

/** Amber from 75% used, red once the buffer is spent. */
export const AMBER_AT = 0.75;

export function bufferGauge(reserved: number, used: number): BufferGauge {
  const share = reserved > 0 ? used / reserved : used > 0 ? Number.POSITIVE_INFINITY : 0;
  const level: BufferLevel = share >= 1 && used > 0 ? 'red' : share >= AMBER_AT ? 'amber' : 'ok';
  return { reserved, used, remaining: reserved - used, share, level };
}

/** Points to one decimal, without a trailing ".0". */
export function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}
