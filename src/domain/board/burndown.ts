import type { BacklogItem } from '../backlog/schema';
import { addDays, datesBetween, weekdayOf, workingDatesBetween } from '../planning/calendar';
import { holidaysAmong } from '../planning/capacity';
import type { Sprint } from '../planning/schema';
import { logInTimeOrder, type ScopeSizes } from '../planning/scope-sizes';
import { round2 } from '../shared/round';
import { pointsText } from '../shared/words';
import { dateInZone, startOfDateInZone } from '../shared/zoned-time';
import type { TeamCalendar } from '../planning/team-calendar';
import type { TeamSettings } from '../team/schema';
import type { BufferSettings } from './buffer';
import { logSizes, sprintSpans, type Span } from './sprint-spans';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** Why a day does not burn: Saturday or Sunday off, another weekday the team does not work (a four-day week), a holiday. */
export type IdleReason = 'weekend' | 'off' | 'holiday';

export interface BurndownPoint {
  /** ISO date, or '' for the start point before the first day. */
  date: string;
  label: string;
  /** Why the ideal line stays flat on this day; null on a working day. */
  idle: IdleReason | null;
  ideal: number;
  /** Planned points left at the end of the day; null for days still ahead. */
  remaining: number | null;
  /** Unplanned work logged so far, in points; null for days still ahead. */
  unplanned: number | null;
  /** Scope changes made that day, e.g. "+3 points added: Rotate certs". */
  scopeChanges: string[];
}

export interface Burndown {
  committed: number;
  points: BurndownPoint[];
}

/**
 * Which days burn: the working days capacity counts (the team's working weekdays less holidays). A
 * change freeze is a working day for both: the team works, it just does not change production.
 */
function idleDays(
  sprint: Pick<Sprint, 'startDate' | 'endDate'>,
  calendar: Pick<TeamCalendar, 'holidays'>,
  workingDays: readonly number[],
): (date: string) => IdleReason | null {
  const dates = workingDatesBetween(sprint.startDate, sprint.endDate, workingDays);
  const working = new Set(dates);
  const holidays = holidaysAmong(sprint, calendar, dates);
  return (date) => {
    if (working.has(date)) return holidays.has(date) ? 'holiday' : null;
    const weekday = weekdayOf(date);
    return weekday === 0 || weekday === 6 ? 'weekend' : 'off';
  };
}

/** At most this many days are drawn: a sprint's length is checked on entry; this bounds one damaged by hand. */
const MAX_DRAWN_DAYS = 400;

/** The sprint's first and last drawn day: its own, or MAX_DRAWN_DAYS from its start. */
function drawnDays(sprint: Sprint): Pick<Sprint, 'startDate' | 'endDate'> {
  const last = addDays(sprint.startDate, MAX_DRAWN_DAYS - 1);
  return { startDate: sprint.startDate, endDate: sprint.endDate < last ? sprint.endDate : last };
}

/** Planned points left at `at`: items in the sprint then and not done by `doneBy` (by then, unless told). */
function plannedRemainingAt(spans: readonly Span[], at: number, doneBy = at): number {
  let sum = 0;
  for (const span of spans) {
    if (span.joined > at || span.left <= at || span.done <= doneBy) continue;
    sum += span.points;
  }
  return sum;
}

/** Unplanned work the sprint held at `at`, done or not. */
function unplannedAt(spans: readonly Span[], at: number): number {
  let sum = 0;
  for (const span of spans) if (span.joined <= at && at < span.left) sum += span.points;
  return sum;
}

type ScopeChange = Sprint['scopeChanges'][number];

function describeChange(c: ScopeChange, before: number, after: number): string {
  const delta = c.kind === 'added' ? after : c.kind === 'removed' ? -before : after - before;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const kind = c.planned ? '' : ' (unplanned)';
  return `${sign}${pointsText(Math.abs(delta))} ${c.kind}${kind}: ${c.title}`;
}

/**
 * The scope changes of each of the team's days, described at the sizes the log gives them (logSizes). One made
 * before the first day is listed on the first, one after the last day on the last, as the points count them.
 */
function scopeChangesByDate(
  sprint: Sprint,
  ordered: readonly ScopeChange[],
  zone: string,
  sizes: ReadonlyMap<string, ScopeSizes>,
): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const c of ordered) {
    const size = sizes.get(c.id);
    const on = dateInZone(c.at, zone);
    const date = on < sprint.startDate ? sprint.startDate : on > sprint.endDate ? sprint.endDate : on;
    const described = byDate.get(date) ?? [];
    described.push(describeChange(c, size?.before ?? 0, size?.after ?? 0));
    byDate.set(date, described);
  }
  return byDate;
}

/**
 * Until when the sprint's last day counts: work done or logged after it while the sprint was still open (closed
 * late, or not closed yet) is counted on that day, not left out; a closed sprint's stops at its close, so work it
 * carried on and was done in the next sprint is not counted as its own.
 */
function lastDayUntil(sprint: Sprint, endOfDay: number): number {
  // Everything recorded so far (finite: a span still open ends at +∞, and is still in at this moment).
  if (sprint.state !== 'closed') return Number.MAX_SAFE_INTEGER;
  const closedAt = sprint.result ? Date.parse(sprint.result.closedAt) : Number.NaN;
  return closedAt > endOfDay ? closedAt : endOfDay;
}

/**
 * The sprint burndown: planned points left per day against an ideal line that only falls on
 * working days (flat on weekends, other days the team does not work and holidays), unplanned work as its own series,
 * and the scope changes of each day.
 *
 * A day runs from midnight to midnight in the team's time zone (settings.timeZone): an item done at 09:30
 * in Sydney burns on that Sydney day, though it is still the day before in UTC.
 *
 * `today` (the team's date) only says which days have started. Each started day counts everything the
 * items say happened by its end, so today's point follows every change at once, with no clock.
 *
 * A day counts what the sprint held then, as its scope-change log tells (sprint-spans.ts): a later
 * removal shows on its own day and leaves the days before it as they were, and so do a delete undone and a
 * re-estimate, of planned or of unplanned work.
 *
 * Work dated outside the sprint's days counts on its nearest one: the start shows what the sprint held then with
 * nothing burned, so work done before the first day burns on the first day; work done or logged after the last day,
 * before the close, counts on the last day (lastDayUntil). The scope changes are listed on the same days.
 */
export function burndown(
  items: readonly BacklogItem[],
  sprint: Sprint,
  settings: BufferSettings & Pick<TeamSettings, 'workingDays' | 'timeZone'>,
  today: string,
  calendar: Pick<TeamCalendar, 'holidays'>,
): Burndown {
  const zone = settings.timeZone;
  const start = startOfDateInZone(sprint.startDate, zone);
  // The log in time order, sorted once for every reader of it below: the chart follows every board move.
  const ordered = logInTimeOrder(sprint);
  const sizes = logSizes(items, sprint, settings, ordered);
  const spans = sprintSpans(items, sprint, settings, start, sizes, ordered);
  // What the sprint held at its start, none of it burned yet: work done before it burns on the first day.
  const atStart = plannedRemainingAt(spans.planned, start, Number.NEGATIVE_INFINITY);
  const committed = sprint.commitment?.committedPoints ?? atStart;
  const drawn = drawnDays(sprint);
  const dates = datesBetween(drawn.startDate, drawn.endDate);
  const idleOn = idleDays(drawn, calendar, settings.workingDays);
  const idle = dates.map(idleOn);
  const burnDays = idle.filter((r) => r === null).length;

  const points: BurndownPoint[] = [
    {
      date: '',
      label: 'Start',
      idle: null,
      ideal: committed,
      remaining: today >= sprint.startDate ? atStart : null,
      unplanned: today >= sprint.startDate ? 0 : null,
      scopeChanges: [],
    },
  ];
  const changesOn = scopeChangesByDate(sprint, ordered, zone, sizes);
  let burned = 0;
  dates.forEach((date, index) => {
    if (idle[index] === null) burned += 1;
    const started = date <= today;
    // The last moment of the day: the one before the next day's midnight in the team's zone.
    const endOfDay = started ? startOfDateInZone(addDays(date, 1), zone) - 1 : 0;
    const end = started && date === sprint.endDate ? lastDayUntil(sprint, endOfDay) : endOfDay;
    const weekday = WEEKDAYS[weekdayOf(date)] ?? '';
    points.push({
      date,
      label: `${weekday} ${Number(date.slice(8, 10))}`,
      idle: idle[index] ?? null,
      ideal: burnDays === 0 ? committed : round2(committed * (1 - burned / burnDays)),
      remaining: started ? plannedRemainingAt(spans.planned, end) : null,
      unplanned: started ? round2(unplannedAt(spans.unplanned, end)) : null,
      scopeChanges: changesOn.get(date) ?? [],
    });
  });
  return { committed, points };
}
