import { daysFrom } from '../planning/calendar';
import { formatDay, type DateStyle } from '../shared/dates';
import { dateInZone, timeInZone } from '../shared/zoned-time';
import type { StandupSummary, SummarySpeaker } from './schema';

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
 * The time of day a standup started ("09:30"), as its summary froze it with its day when the standup ended: a team
 * that changes zone later still reads the two alike. A summary saved before it kept its time reads the team's
 * clock now (`timeZone`).
 */
export function summaryTime(summary: Pick<StandupSummary, 'time'>, startedAt: string, timeZone: string): string {
  return summary.time ?? timeInZone(startedAt, timeZone);
}

/**
 * A standup by its day and the time it started on the team's clock ("Wed 25 Nov, 09:30"), so two on one day (a
 * second one after an incident) read apart. Both as the summary froze them when the standup ended.
 */
export function standupWhen(
  summary: Pick<StandupSummary, 'date' | 'time'>,
  startedAt: string,
  timeZone: string,
  style: DateStyle,
): string {
  return `${formatDay(summary.date, style)}, ${summaryTime(summary, startedAt, timeZone)}`;
}

/**
 * A speaker's time in a summary: "—" for someone who did not speak (absent, or never got a turn), as for no
 * overtime; under a second after a skip counts as not having spoken.
 */
export function spokeText(speaker: Pick<SummarySpeaker, 'status' | 'spokeMs'>): string {
  const spoke = speaker.status === 'done' || speaker.status === 'speaking' || speaker.spokeMs >= 1000;
  return spoke ? formatDuration(speaker.spokeMs) : '—';
}

/**
 * A blocker's age in days: the team's days from the day it was raised (in the team's zone, as the screen dates
 * it) to today. Raised Monday afternoon, it is a day old at Tuesday's standup, not "0 days" until 24 hours pass.
 */
export function ageInDays(fromIso: string, now: number, timeZone: string): number {
  return Math.max(0, daysFrom(dateInZone(fromIso, timeZone), dateInZone(now, timeZone)));
}
