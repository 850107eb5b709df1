import { daysFrom } from '../planning/calendar';
import { dateInZone } from '../shared/zoned-time';

/** "1 min 5 s", "45 s" — for summaries. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.round(Math.max(0, ms) / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/**
 * A blocker's age in days: the team's days from the day it was raised (in the team's zone, as the screen dates
 * it) to today. Raised Monday afternoon, it is a day old at Tuesday's standup, not "0 days" until 24 hours pass.
 */
export function ageInDays(fromIso: string, now: number, timeZone: string): number {
  return Math.max(0, daysFrom(dateInZone(fromIso, timeZone), dateInZone(now, timeZone)));
}
