import type { SprintState } from './schema';
import {
  addDays,
  daysFrom,
  daysSpanned,
  endAfterWorkingDays,
  MAX_SPRINT_DAYS,
  nextWorkingDate,
  workingDatesBetween,
} from './calendar';
import { plural } from '../shared/words';

/** Where today falls against a sprint's dates, for the planning screen and the board; `of` is its working days. */
export type SprintTiming = { of: number } & (
  | { kind: 'too-long'; spanDays: number }
  | { kind: 'closed' }
  | { kind: 'upcoming'; daysUntil: number }
  | { kind: 'running'; day: number; workingToday: boolean }
  | { kind: 'past-end'; daysOver: number; state: SprintState }
);

interface TimedSprint {
  state: SprintState;
  startDate: string;
  endDate: string;
}

/** A sprint's working days split at today: how many come before it, whether it is one, how many after; `of` all. */
function workingDaysAround(
  sprint: TimedSprint,
  today: string,
  workingDays: readonly number[],
): { before: number; isToday: boolean; after: number; of: number } {
  const days = workingDatesBetween(sprint.startDate, sprint.endDate, workingDays);
  const before = days.filter((d) => d < today).length;
  const isToday = days.includes(today);
  return { before, isToday, after: days.length - before - (isToday ? 1 : 0), of: days.length };
}

/**
 * Today (an ISO date) against a sprint's dates: days until it starts, the working day it is on, or days since
 * it ended while it is still open. Dates longer than a sprint may be (only a file edited by hand has them)
 * are said first.
 */
export function sprintTiming(sprint: TimedSprint, today: string, workingDays: readonly number[]): SprintTiming {
  const { before, isToday, of } = workingDaysAround(sprint, today, workingDays);
  const spanDays = daysSpanned(sprint.startDate, sprint.endDate);
  if (spanDays > MAX_SPRINT_DAYS) return { kind: 'too-long', of, spanDays };
  if (sprint.state === 'closed') return { kind: 'closed', of };
  if (today < sprint.startDate) return { kind: 'upcoming', of, daysUntil: daysFrom(today, sprint.startDate) };
  if (today > sprint.endDate)
    return { kind: 'past-end', of, daysOver: daysFrom(sprint.endDate, today), state: sprint.state };
  // Today is within the sprint's dates: it is one of its working days exactly when it is a working weekday.
  return { kind: 'running', of, day: before + (isToday ? 1 : 0), workingToday: isToday };
}

const inDays = (n: number) => (n === 1 ? 'tomorrow' : `in ${plural(n, 'day')}`);
const daysAgo = (n: number) => (n === 1 ? 'yesterday' : `${plural(n, 'day')} ago`);

/**
 * The timing as the screens write it after the sprint's dates, short enough to share their line: its working
 * days and where today is in them ("day 6 of 10 working days"), and a warning when its dates have passed
 * while it is open.
 */
export function timingText(timing: SprintTiming): { days: string; warning: string | null } {
  const all = plural(timing.of, 'working day');
  switch (timing.kind) {
    case 'too-long':
      return {
        days: plural(timing.spanDays, 'day'),
        warning: `Longer than a sprint can be (${MAX_SPRINT_DAYS} days): edit its dates`,
      };
    case 'closed':
      return { days: all, warning: null };
    case 'upcoming':
      return { days: `${all}, starting ${inDays(timing.daysUntil)}`, warning: null };
    case 'running':
      if (!timing.workingToday) return { days: `${timing.day} of ${all} gone`, warning: null };
      return { days: `day ${timing.day} of ${all}${timing.day === timing.of ? ', the last' : ''}`, warning: null };
    case 'past-end':
      return {
        days: all,
        warning:
          timing.state === 'active'
            ? `Ended ${daysAgo(timing.daysOver)}: close it`
            : `Its dates passed ${daysAgo(timing.daysOver)}`,
      };
  }
}

/** A planned sprint whose first working days are before today: how many of its `of` working days are. */
export interface LateStart {
  passed: number;
  of: number;
}

/** Null unless working days of the planned sprint are before today: started as it is, it counts days already gone. */
export function lateStart(sprint: TimedSprint, today: string, workingDays: readonly number[]): LateStart | null {
  if (sprint.state !== 'planned' || sprint.startDate >= today) return null;
  const { before, of } = workingDaysAround(sprint, today, workingDays);
  return before === 0 ? null : { passed: before, of };
}

/** The sprint after a late one (sprintAfter): dates offered from today end before it starts. */
export interface FollowingSprint {
  name: string;
  startDate: string;
  endDate: string;
}

/**
 * New dates offered to a planned sprint whose start has passed: as many working days from today (or the next
 * working day); fewer, ending on the last working day before the sprint after it, when as many would overlap
 * that one; none when no working day is left before it.
 */
export type DatesFromToday =
  | { kind: 'as-many'; startDate: string; endDate: string }
  | { kind: 'shorter'; startDate: string; endDate: string; days: number; of: number; before: FollowingSprint }
  | { kind: 'no-room'; before: FollowingSprint };

/** New dates for a sprint whose start has passed, from today, that end before `next` (the sprint after it) starts. */
export function datesFromToday(
  sprint: TimedSprint,
  today: string,
  workingDays: readonly number[],
  next: FollowingSprint | null,
): DatesFromToday {
  const of = Math.max(workingDaysAround(sprint, today, workingDays).of, 1);
  const startDate = nextWorkingDate(today, workingDays);
  const endDate = endAfterWorkingDays(startDate, of, workingDays);
  if (!next || endDate < next.startDate) return { kind: 'as-many', startDate, endDate };
  const room =
    startDate < next.startDate ? workingDatesBetween(startDate, addDays(next.startDate, -1), workingDays) : [];
  const last = room.at(-1);
  if (last === undefined) return { kind: 'no-room', before: next };
  return { kind: 'shorter', startDate, endDate: last, days: room.length, of, before: next };
}

/** The sprint's working days after today (0 on its last one or after it): closed now, it ends that many early. */
export function workingDaysLeft(sprint: TimedSprint, today: string, workingDays: readonly number[]): number {
  return workingDaysAround(sprint, today, workingDays).after;
}
