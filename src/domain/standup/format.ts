import { daysFrom } from '../planning/calendar';
import { formatDay, type DateStyle } from '../shared/dates';
import { dateInZone, timeInZone } from '../shared/zoned-time';

/**
 * "1 min 5 s", "45 s" — for summaries. Whole seconds as the timer counted them (formatTimerClock): 1 min 31.6 s
 * is "1 min 31 s", as the clock read "+0:01" over a 1 min 30 s timebox then.
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/** Time past a timebox in whole seconds, as the clock shows it: under a second over is not over ("+0:00" never shows). */
export function overtimeMs(spentMs: number, allowedMs: number): number {
  return Math.max(0, Math.floor((spentMs - allowedMs) / 1000) * 1000);
}

/** "1 min 5 s" over, or null within the timebox (a summary stored before whole seconds may hold less than one). */
export function overtimeText(ms: number): string | null {
  return ms >= 1000 ? formatDuration(ms) : null;
}

/**
 * A standup by its day and the time it started on the team's clock ("Wed 25 Nov, 09:30"), so two on one day (a
 * second one after an incident) read apart. `date` is the summary's day, frozen when the standup ended.
 */
export function standupWhen(date: string, startedAt: string, timeZone: string, style: DateStyle): string {
  return `${formatDay(date, style)}, ${timeInZone(startedAt, timeZone)}`;
}

/**
 * A blocker's age in days: the team's days from the day it was raised (in the team's zone, as the screen dates
 * it) to today. Raised Monday afternoon, it is a day old at Tuesday's standup, not "0 days" until 24 hours pass.
 */
export function ageInDays(fromIso: string, now: number, timeZone: string): number {
  return Math.max(0, daysFrom(dateInZone(fromIso, timeZone), dateInZone(now, timeZone)));
}
