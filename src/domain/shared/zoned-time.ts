import { TZDate } from '@date-fns/tz';

/**
 * Moments as the team's clock shows them. A team's day runs from midnight to midnight in its time zone
 * (settings.timeZone), not in UTC: a standup at 09:30 in Sydney is 22:30 UTC the day before, and its
 * date, the burndown's day and the sprint's "today" are the Sydney ones.
 *
 * Kept apart from time-zone.ts (zone names, Windows names through CLDR's table) so screens that only
 * need the team's day do not load that table.
 */

/** True when Intl knows the IANA zone name ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const known = new Map<string, boolean>();

/**
 * The zone to count in: `zone`, or UTC when this machine's Intl does not know it (a zone name newer than
 * its time zone data, in a file written elsewhere). A day a few hours off beats no date at all.
 */
function usable(zone: string): string {
  let ok = known.get(zone);
  if (ok === undefined) {
    ok = isTimeZone(zone);
    known.set(zone, ok);
  }
  return ok ? zone : 'UTC';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date (YYYY-MM-DD) and the hour of a moment as a clock in `zone` shows them. */
export function zonedClock(ms: number, zone: string): { date: string; hour: number } {
  const at = new TZDate(ms, usable(zone));
  return { date: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, hour: at.getHours() };
}

/** The date and time (month 1–12) a wall clock in `zone` shows at a moment: instantOfWallClock's inverse. */
export function wallClockAt(
  ms: number,
  zone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const at = new TZDate(ms, usable(zone));
  return {
    year: at.getFullYear(),
    month: at.getMonth() + 1,
    day: at.getDate(),
    hour: at.getHours(),
    minute: at.getMinutes(),
    second: at.getSeconds(),
  };
}

/** The moment a wall clock in `zone` shows the given date and time (month 1–12). */
export function instantOfWallClock(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  zone: string,
): number {
  return new TZDate(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, usable(zone)).getTime();
}

/** The team's date (YYYY-MM-DD) of a moment, given as milliseconds or an ISO time. */
export function dateInZone(at: number | string, zone: string): string {
  return zonedClock(typeof at === 'number' ? at : Date.parse(at), zone).date;
}

/** The time of day ("09:30", 24-hour) of a moment, given as milliseconds or an ISO time, on a clock in `zone`. */
export function timeInZone(at: number | string, zone: string): string {
  const clock = new TZDate(typeof at === 'number' ? at : Date.parse(at), usable(zone));
  return `${pad(clock.getHours())}:${pad(clock.getMinutes())}`;
}

/** The first moment of a date (YYYY-MM-DD) in `zone`: its midnight, or the hour a daylight-saving change starts it at. */
export function startOfDateInZone(date: string, zone: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return instantOfWallClock({ year, month, day, hour: 0, minute: 0, second: 0 }, zone);
}
