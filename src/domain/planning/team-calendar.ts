import { z } from 'zod';
import { startOfDateInZone } from '../shared/zoned-time';
import { addDays } from './calendar';
import { ChangeWindowSchema, HolidaySchema, type ChangeWindow, type Holiday, type Sprint } from './schema';

/**
 * The team's calendar: holidays, change windows and freezes belong to the team, not to one sprint, so
 * a freeze over the turn of two sprints is one entry that both of them see (schema v5).
 */
export const TeamCalendarSchema = z.object({
  holidays: z.array(HolidaySchema).default([]),
  changeWindows: z.array(ChangeWindowSchema).default([]),
});
export type TeamCalendar = z.infer<typeof TeamCalendarSchema>;

export const emptyTeamCalendar = (): TeamCalendar => ({ holidays: [], changeWindows: [] });

export type TeamCalendarKind = keyof TeamCalendar;

type SprintDates = Pick<Sprint, 'startDate' | 'endDate'>;

/** The sprint's days as moments: from its first day's midnight to the midnight after its last day, in the team's zone. */
function sprintSpan(sprint: SprintDates, timeZone: string): { start: number; end: number } {
  return {
    start: startOfDateInZone(sprint.startDate, timeZone),
    end: startOfDateInZone(addDays(sprint.endDate, 1), timeZone),
  };
}

/** A holiday touches the sprint when it falls on one of its days. */
export function holidayTouches(sprint: SprintDates, holiday: Pick<Holiday, 'date'>): boolean {
  return holiday.date >= sprint.startDate && holiday.date <= sprint.endDate;
}

/** A window or freeze touches the sprint when some of its time is inside the sprint's days (the team's days). */
export function windowTouches(
  sprint: SprintDates,
  window: Pick<ChangeWindow, 'start' | 'end'>,
  timeZone: string,
): boolean {
  const span = sprintSpan(sprint, timeZone);
  return Date.parse(window.start) < span.end && Date.parse(window.end) > span.start;
}

/**
 * The calendar entries that touch this sprint, by the one rule for each kind (holidayTouches,
 * windowTouches): the answer the plan warnings, the iCal export and the Calendar tab read. Capacity and
 * the burndown's idle days need the holidays only and read them through holidayTouches.
 */
export function calendarOfSprint(calendar: TeamCalendar, sprint: SprintDates, timeZone: string): TeamCalendar {
  return {
    holidays: calendar.holidays.filter((h) => holidayTouches(sprint, h)),
    changeWindows: calendar.changeWindows.filter((w) => windowTouches(sprint, w, timeZone)),
  };
}

/** The other sprints an entry also touches (a freeze over two sprints), in date order. */
export function otherSprintsTouching<S extends SprintDates & Pick<Sprint, 'id'>>(
  sprints: readonly S[],
  self: Pick<Sprint, 'id'>,
  entry: Pick<Holiday, 'date'> | Pick<ChangeWindow, 'start' | 'end'>,
  timeZone: string,
): S[] {
  const touches = (s: S) => ('date' in entry ? holidayTouches(s, entry) : windowTouches(s, entry, timeZone));
  return sprints.filter((s) => s.id !== self.id && touches(s)).sort((a, b) => a.startDate.localeCompare(b.startDate));
}
