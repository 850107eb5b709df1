import type { TeamSettings } from '../team/schema';
import { addDays, endAfterWorkingDays, isoDateOf, nextWorkingDate } from './calendar';
import type { Sprint } from './schema';

/**
 * Dates for a new sprint: it starts on the first working day after the latest sprint (or today),
 * and lasts the team's sprint length in working days.
 */
export function defaultSprintDates(
  today: Date,
  settings: Pick<TeamSettings, 'workingDays' | 'sprintLengthDays'>,
  sprints: readonly Pick<Sprint, 'endDate'>[],
): { startDate: string; endDate: string } {
  const lastEnd = sprints
    .map((s) => s.endDate)
    .sort()
    .at(-1);
  const todayIso = isoDateOf(today);
  const from = lastEnd && lastEnd >= todayIso ? addDays(lastEnd, 1) : todayIso;
  const startDate = nextWorkingDate(from, settings.workingDays);
  return { startDate, endDate: endAfterWorkingDays(startDate, settings.sprintLengthDays, settings.workingDays) };
}

/** "Sprint 4" after three sprints. */
export function defaultSprintName(sprints: readonly unknown[]): string {
  return `Sprint ${sprints.length + 1}`;
}
