/** Calendar arithmetic on ISO dates (YYYY-MM-DD), always in UTC so a sprint means the same days everywhere. */

const DAY_MS = 24 * 60 * 60 * 1000;

/** setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, so 0026-12-01 would count as 1926. */
function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(0).setUTCFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: 1 from a date to the next, negative when `to` comes first. */
export function daysFrom(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** How many days a range covers, its first and last both counted: 1 for a single day. */
export function daysSpanned(first: string, last: string): number {
  return daysFrom(first, last) + 1;
}

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** The longest a sprint may be, first to last day: checked when its dates are entered. */
export const MAX_SPRINT_DAYS = 92;

/**
 * No range Cadence counts days over is longer than this (a sprint is at most MAX_SPRINT_DAYS, a holiday import a
 * year or so): a date damaged by hand in a data file (a sprint ending in 9999) cannot make a screen count
 * millions of days and stop answering.
 */
export const MAX_RANGE_DAYS = 3660;

/** Every date from start to end, both included (at most MAX_RANGE_DAYS of them); empty when end is before start. */
export function datesBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const first = toUtc(start);
  const last = Math.min(toUtc(end), first + (MAX_RANGE_DAYS - 1) * DAY_MS);
  for (let ms = first; ms <= last; ms += DAY_MS) out.push(fromUtc(ms));
  return out;
}

/** The dates from start to end that fall on the team's working weekdays. */
export function workingDatesBetween(start: string, end: string, workingDays: readonly number[]): string[] {
  const working = new Set(workingDays);
  return datesBetween(start, end).filter((d) => working.has(weekdayOf(d)));
}

/** The first working date on or after `date`. */
export function nextWorkingDate(date: string, workingDays: readonly number[]): string {
  const working = new Set(workingDays);
  if (working.size === 0) return date;
  let d = date;
  while (!working.has(weekdayOf(d))) d = addDays(d, 1);
  return d;
}

/** The date on which a run of `count` working days starting at `start` (a working date) ends. */
export function endAfterWorkingDays(start: string, count: number, workingDays: readonly number[]): string {
  const working = new Set(workingDays);
  if (working.size === 0 || count < 1) return start;
  let d = start;
  let seen = working.has(weekdayOf(d)) ? 1 : 0;
  while (seen < count) {
    d = addDays(d, 1);
    if (working.has(weekdayOf(d))) seen += 1;
  }
  return d;
}

export function rangesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

/**
 * Orders two ISO times (a change window's start and end) by the instants they name, for sort and for < and >=:
 * "…T22:00:00Z" from a script and "…T22:00:00.000Z" from the Calendar tab are the same moment, which comparing
 * the text would put apart ("." sorts before "Z").
 */
export function compareInstants(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
