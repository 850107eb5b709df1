import type { TeamSettings } from '../team/schema';
import { dateInZone } from '../shared/zoned-time';
import { addDays, endAfterWorkingDays, MAX_SPRINT_DAYS, nextWorkingDate, workingDatesBetween } from './calendar';
import type { Sprint } from './schema';

/** Dates offered to a new sprint; `shortened` when they hold fewer working days than the team's sprint length. */
export interface DefaultSprintDates {
  startDate: string;
  endDate: string;
  shortened?: { days: number; of: number };
}

/**
 * Dates for a new sprint: it starts on the first working day after the latest sprint (or the team's
 * today, in its time zone), and lasts the team's sprint length in working days. A long sprint length over few
 * working days a week (60 of a 4-day week is 15 weeks) would pass the longest a sprint may last, and Create sprint
 * would refuse the dates offered: they then end on the last working day that fits, and say how many days they hold.
 */
export function defaultSprintDates(
  now: Date,
  settings: Pick<TeamSettings, 'workingDays' | 'sprintLengthDays' | 'timeZone'>,
  sprints: readonly Pick<Sprint, 'endDate'>[],
): DefaultSprintDates {
  const lastEnd = sprints
    .map((s) => s.endDate)
    .sort()
    .at(-1);
  const today = dateInZone(now.getTime(), settings.timeZone);
  const from = lastEnd && lastEnd >= today ? addDays(lastEnd, 1) : today;
  const startDate = nextWorkingDate(from, settings.workingDays);
  const endDate = endAfterWorkingDays(startDate, settings.sprintLengthDays, settings.workingDays);
  const latest = addDays(startDate, MAX_SPRINT_DAYS - 1);
  if (endDate <= latest) return { startDate, endDate };
  // The start is a working day, so at least that one fits.
  const fits = workingDatesBetween(startDate, latest, settings.workingDays);
  return {
    startDate,
    endDate: fits.at(-1) ?? startDate,
    shortened: { days: fits.length, of: settings.sprintLengthDays },
  };
}

/**
 * "Sprint 4" after three sprints, or after the highest "Sprint N" the team has when that is later (a planned
 * sprint in the middle was deleted): never the name of a sprint the team already has.
 */
export function defaultSprintName(sprints: readonly Pick<Sprint, 'name'>[]): string {
  const numbers = sprints.map((s) => /^Sprint (\d{1,9})$/.exec(s.name.trim())?.[1]).map(Number);
  const highest = Math.max(sprints.length, ...numbers.filter(Number.isFinite));
  return `Sprint ${highest + 1}`;
}
