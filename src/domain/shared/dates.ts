import { UTCDate } from '@date-fns/utc';
import { format, getYear } from 'date-fns';

/**
 * Every date Cadence writes for people — on screen, in Markdown and in HTML — in one format: "Tue 1 Dec",
 * with the year when it is not the current one ("Mon 28 Dec 2025"), and always with the year in exports
 * (a pasted note outlives the year). JSON and CSV keep ISO so they re-import; this module is not for them.
 */
export type DateStyle =
  /** On screen: the year is written when it is not the one of `now`. */
  | { now: Date }
  /** Exports, and rules that have no clock: the year is always written. */
  | { withYear: true };

const DAY = 'EEE d MMM';
const DAY_WITH_YEAR = 'EEE d MMM yyyy';

/** A calendar date ("2026-12-01") or an ISO time, as the UTC day it names. */
function utcDay(value: string): UTCDate {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (date) return new UTCDate(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  return new UTCDate(Date.parse(value));
}

function dayPattern(day: Date, style: DateStyle, yearOf: (d: Date) => number): string {
  return 'withYear' in style || yearOf(day) !== yearOf(style.now) ? DAY_WITH_YEAR : DAY;
}

const utcYear = (d: Date) => new UTCDate(d.getTime()).getFullYear();

/** "Tue 1 Dec" for a calendar date ("2026-12-01") or the UTC day of an ISO time. */
export function formatDay(value: string, style: DateStyle): string {
  const day = utcDay(value);
  return format(day, dayPattern(day, style, utcYear));
}

/**
 * "Mon 2 Nov – Fri 13 Nov": a sprint's or a shift's days, written the same way everywhere. A range that
 * needs a year writes it once at the end when both days are in one year ("Mon 9 May – Fri 20 May 2022"),
 * else on both days ("Mon 28 Dec 2026 – Fri 8 Jan 2027").
 */
export function formatDayRange(start: string, end: string, style: DateStyle): string {
  const [first, last] = [utcDay(start), utcDay(end)];
  const needsYear = (day: Date) => dayPattern(day, style, utcYear) === DAY_WITH_YEAR;
  if (!needsYear(first) && !needsYear(last)) return `${format(first, DAY)} – ${format(last, DAY)}`;
  const startPattern = utcYear(first) === utcYear(last) ? DAY : DAY_WITH_YEAR;
  return `${format(first, startPattern)} – ${format(last, DAY_WITH_YEAR)}`;
}

/** "Tue 1 Dec 06:42 UTC": a moment the whole team reads the same way (incidents, change windows). */
export function formatUtcTime(iso: string, style: DateStyle): string {
  const at = new UTCDate(Date.parse(iso));
  return `${format(at, dayPattern(at, style, utcYear))} ${format(at, 'HH:mm')} UTC`;
}

/** "Tue 1 Dec, 14:05:09" in this computer's time zone: for things that happened on this machine (backups). */
export function formatLocalTime(iso: string, style: DateStyle): string {
  const at = new Date(iso);
  return `${format(at, dayPattern(at, style, getYear))}, ${format(at, 'HH:mm:ss')}`;
}
