import type { BacklogItem } from '../backlog/schema';
import { addDays, datesBetween, weekdayOf, workingDatesBetween } from '../planning/calendar';
import { holidayDates } from '../planning/capacity';
import type { Sprint } from '../planning/schema';
import { round2 } from '../shared/round';
import { dateInZone, startOfDateInZone } from '../shared/zoned-time';
import type { TeamCalendar } from '../planning/team-calendar';
import type { TeamSettings } from '../team/schema';
import { unplannedItemPoints, type BufferSettings } from './buffer';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export type IdleReason = 'weekend' | 'holiday';

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
  /** Scope changes made that day, e.g. "+3 pts: Rotate certs". */
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
  const working = new Set(workingDatesBetween(sprint.startDate, sprint.endDate, workingDays));
  const holidays = holidayDates(sprint, calendar, workingDays);
  return (date) => (!working.has(date) ? 'weekend' : holidays.has(date) ? 'holiday' : null);
}

/** At most this many days are drawn: a sprint's length is checked on entry; this bounds one damaged by hand. */
const MAX_DRAWN_DAYS = 400;

/** The sprint's first and last drawn day: its own, or MAX_DRAWN_DAYS from its start. */
function drawnDays(sprint: Sprint): Pick<Sprint, 'startDate' | 'endDate'> {
  const last = addDays(sprint.startDate, MAX_DRAWN_DAYS - 1);
  return { startDate: sprint.startDate, endDate: sprint.endDate < last ? sprint.endDate : last };
}

/** A planned item as the daily sums read it: its points, when it joined the sprint and when it was done. */
interface PlannedSpan {
  points: number;
  joined: number;
  done: number;
}

/**
 * Each planned item's span in the sprint: joined at its last "added" scope change, else the sprint
 * start; done at its completion, if any. Worked out once per burndown, not once per item per day: a
 * big sprint has hundreds of items, and the chart follows every board move.
 */
function plannedSpans(planned: readonly BacklogItem[], sprint: Sprint, start: number): PlannedSpan[] {
  const added = new Map<string, number>();
  for (const c of sprint.scopeChanges) if (c.kind === 'added') added.set(c.itemId, Date.parse(c.at));
  return planned.map((i) => ({
    points: i.points ?? 0,
    joined: added.get(i.id) ?? start,
    done: i.status === 'done' && i.completedAt ? Date.parse(i.completedAt) : Number.POSITIVE_INFINITY,
  }));
}

/**
 * When an unplanned item joined the sprint: its last "added" scope change here (pulled in from the
 * backlog, logged as an interrupt), else when it was logged, else the sprint start (carried over at the
 * last close). Never its creation: an old backlog ticket pulled in on Thursday is Thursday's work.
 */
function unplannedJoinTime(sprint: Sprint, start: number): (item: BacklogItem) => number {
  const added = new Map<string, number>();
  for (const c of sprint.scopeChanges) if (c.kind === 'added') added.set(c.itemId, Date.parse(c.at));
  return (i) => added.get(i.id) ?? (i.interrupt ? Date.parse(i.interrupt.loggedAt) : start);
}

function plannedRemainingAt(spans: readonly PlannedSpan[], at: number): number {
  let sum = 0;
  for (const span of spans) {
    if (span.joined > at || span.done <= at) continue;
    sum += span.points;
  }
  return sum;
}

function describeChange(c: Sprint['scopeChanges'][number]): string {
  const before = c.pointsBefore ?? 0;
  const after = c.pointsAfter ?? 0;
  const delta = c.kind === 'added' ? after : c.kind === 'removed' ? -before : after - before;
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const kind = c.planned ? '' : ' (unplanned)';
  return `${sign}${Math.abs(delta)} pts ${c.kind}${kind}: ${c.title}`;
}

/** The scope changes of each of the team's days, described. */
function scopeChangesByDate(sprint: Sprint, zone: string): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const c of sprint.scopeChanges) {
    const date = dateInZone(c.at, zone);
    const described = byDate.get(date) ?? [];
    described.push(describeChange(c));
    byDate.set(date, described);
  }
  return byDate;
}

/**
 * The sprint burndown: planned points left per day against an ideal line that only falls on
 * working days (flat on weekends and holidays), unplanned work as its own series,
 * and the scope changes of each day.
 *
 * A day runs from midnight to midnight in the team's time zone (settings.timeZone): an item done at 09:30
 * in Sydney burns on that Sydney day, though it is still the day before in UTC.
 *
 * `today` (the team's date) only says which days have started. Each started day counts everything the
 * items say happened by its end, so today's point follows every change at once, with no clock.
 */
export function burndown(
  items: readonly BacklogItem[],
  sprint: Sprint,
  settings: BufferSettings & Pick<TeamSettings, 'workingDays' | 'timeZone'>,
  today: string,
  calendar: Pick<TeamCalendar, 'holidays'>,
): Burndown {
  const inSprint = items.filter((i) => i.sprintId === sprint.id);
  const planned = inSprint.filter((i) => !i.unplanned);
  const unplanned = inSprint.filter((i) => i.unplanned);
  const zone = settings.timeZone;
  const start = startOfDateInZone(sprint.startDate, zone);
  const spans = plannedSpans(planned, sprint, start);
  const committed = sprint.commitment?.committedPoints ?? plannedRemainingAt(spans, start);
  const drawn = drawnDays(sprint);
  const dates = datesBetween(drawn.startDate, drawn.endDate);
  const idleOn = idleDays(drawn, calendar, settings.workingDays);
  const idle = dates.map(idleOn);
  const burnDays = idle.filter((r) => r === null).length;

  const joinedAt = unplannedJoinTime(sprint, start);
  const logged = unplanned.map((i) => ({
    at: joinedAt(i),
    points: unplannedItemPoints(i, sprint, settings),
  }));
  const unplannedAt = (at: number) => logged.reduce((sum, i) => (i.at <= at ? sum + i.points : sum), 0);

  const points: BurndownPoint[] = [
    {
      date: '',
      label: 'Start',
      idle: null,
      ideal: committed,
      remaining: today >= sprint.startDate ? plannedRemainingAt(spans, start) : null,
      unplanned: today >= sprint.startDate ? 0 : null,
      scopeChanges: [],
    },
  ];
  const changesOn = scopeChangesByDate(sprint, zone);
  let burned = 0;
  dates.forEach((date, index) => {
    if (idle[index] === null) burned += 1;
    const started = date <= today;
    // The last moment of the day: the one before the next day's midnight in the team's zone.
    const end = started ? startOfDateInZone(addDays(date, 1), zone) - 1 : 0;
    const weekday = WEEKDAYS[weekdayOf(date)] ?? '';
    points.push({
      date,
      label: `${weekday} ${Number(date.slice(8, 10))}`,
      idle: idle[index] ?? null,
      ideal: burnDays === 0 ? committed : round2(committed * (1 - burned / burnDays)),
      remaining: started ? plannedRemainingAt(spans, end) : null,
      unplanned: started ? round2(unplannedAt(end)) : null,
      scopeChanges: changesOn.get(date) ?? [],
    });
  });
  return { committed, points };
}
