import type { TeamSettings } from '../team/schema';
import { dateInZone } from '../shared/zoned-time';
import { addDays, endAfterWorkingDays, nextWorkingDate } from './calendar';
import type { Sprint } from './schema';

/**
 * Dates for a new sprint: it starts on the first working day after the latest sprint (or the team's
 * today, in its time zone), and lasts the team's sprint length in working days.
 */
export function defaultSprintDates(
  now: Date,
  settings: Pick<TeamSettings, 'workingDays' | 'sprintLengthDays' | 'timeZone'>,
  sprints: readonly Pick<Sprint, 'endDate'>[],
): { startDate: string; endDate: string } {
  const lastEnd = sprints
    .map((s) => s.endDate)
    .sort()
    .at(-1);
  const today = dateInZone(now.getTime(), settings.timeZone);
  const from = lastEnd && lastEnd >= today ? addDays(lastEnd, 1) : today;
  const startDate = nextWorkingDate(from, settings.workingDays);
  return { startDate, endDate: endAfterWorkingDays(startDate, settings.sprintLengthDays, settings.workingDays) };
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
