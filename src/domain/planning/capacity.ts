import type { Member, TeamSettings } from '../team/schema';
import { round2 } from '../shared/round';
import { datesBetween, workingDatesBetween } from './calendar';
import { latestClosedSprints } from './closed-sprints';
import type { Commitment, Sprint } from './schema';
import { entryInSprint } from './sprint-entries';
import { holidayTouches, type TeamCalendar } from './team-calendar';

/**
 * The sprint fields capacity reads; a draft sprint can be checked before it is saved. A started sprint's
 * commitment, when given, holds the forecast it was committed on (see sprintCapacity).
 */
export type CapacitySprint = Pick<Sprint, 'startDate' | 'endDate' | 'timeOff' | 'onCall'> &
  Partial<Pick<Sprint, 'commitment'>>;
/** The part of the team's calendar capacity reads: its holidays (a freeze is a working day). */
export type CapacityCalendar = Pick<TeamCalendar, 'holidays'>;
export type CapacitySettings = Pick<
  TeamSettings,
  | 'workingDays'
  | 'onCallLoadPercent'
  | 'standardDayHours'
  | 'bufferPercent'
  | 'velocityWindow'
  | 'startingPointsPerPersonDay'
>;

export interface MemberCapacity {
  memberId: string;
  name: string;
  workingDays: number;
  holidays: number;
  daysOff: number;
  available: number;
  onCallDays: number;
  effective: number;
  hoursPerDay: number;
  /** hoursPerDay ÷ standardDayHours, unrounded (5 h of a 6 h day is 0.8333…): personDays follows from it. */
  focus: number;
  personDays: number;
}

/**
 * Of the sprint's working dates (`working`, workingDatesBetween its days: the caller has them already and passes
 * them, so they are worked out once), those that are holidays in the team's calendar.
 */
export function holidaysAmong(
  sprint: Pick<Sprint, 'startDate' | 'endDate'>,
  calendar: CapacityCalendar,
  working: readonly string[],
): Set<string> {
  const workingSet = new Set(working);
  const holidays = calendar.holidays.filter((h) => holidayTouches(sprint, h));
  return new Set(holidays.map((h) => h.date).filter((d) => workingSet.has(d)));
}

/** The sprint's days capacity counts as working: the team's working weekdays less holidays (a freeze is one). */
export function countedDates(
  sprint: Pick<Sprint, 'startDate' | 'endDate'>,
  calendar: CapacityCalendar,
  workingDays: readonly number[],
): string[] {
  const working = workingDatesBetween(sprint.startDate, sprint.endDate, workingDays);
  const holidays = holidaysAmong(sprint, calendar, working);
  return working.filter((d) => !holidays.has(d));
}

/**
 * One member's days: available = working − days off − holidays (a day off on a holiday counts once);
 * effective = available − on-call days × load, where an on-call day that is already off or a holiday
 * is not subtracted again. Only the time off and shifts inside the sprint count (entryInSprint), and of
 * a shift only its working days in the sprint.
 */
export function memberCapacity(
  member: Member,
  sprint: CapacitySprint,
  settings: CapacitySettings,
  calendar: CapacityCalendar,
): MemberCapacity {
  const working = workingDatesBetween(sprint.startDate, sprint.endDate, settings.workingDays);
  const workingSet = new Set(working);
  const holidays = holidaysAmong(sprint, calendar, working);
  const off = new Set(
    sprint.timeOff
      .filter((t) => t.memberId === member.id && entryInSprint(sprint, t))
      .filter((t) => workingSet.has(t.date) && !holidays.has(t.date))
      .map((t) => t.date),
  );
  const onCall = new Set<string>();
  for (const shift of sprint.onCall.filter((s) => s.memberId === member.id && entryInSprint(sprint, s))) {
    for (const d of datesBetween(shift.startDate, shift.endDate)) {
      if (workingSet.has(d) && !holidays.has(d) && !off.has(d)) onCall.add(d);
    }
  }
  const available = working.length - off.size - holidays.size;
  const effective = available - onCall.size * (settings.onCallLoadPercent / 100);
  const focus = member.hoursPerDay / settings.standardDayHours;
  return {
    memberId: member.id,
    name: member.name,
    workingDays: working.length,
    holidays: holidays.size,
    daysOff: off.size,
    available,
    onCallDays: onCall.size,
    effective: round2(effective),
    hoursPerDay: member.hoursPerDay,
    focus,
    personDays: round2(effective * focus),
  };
}

/** The sprint results velocity and the buffer suggestion learn from. */
export interface SprintHistoryEntry {
  name: string;
  startDate: string;
  completedPlannedPoints: number;
  completedUnplannedPoints: number;
  personDays: number;
}

/** The last `window` closed sprints with a result, oldest first. */
export function recentHistory(sprints: readonly Sprint[], window: number): SprintHistoryEntry[] {
  return latestClosedSprints(sprints, window).map((s) => ({
    name: s.name,
    startDate: s.startDate,
    completedPlannedPoints: s.result?.completedPlannedPoints ?? 0,
    completedUnplannedPoints: s.result?.completedUnplannedPoints ?? 0,
    personDays: s.result?.personDays ?? 0,
  }));
}

export interface Velocity {
  pointsPerPersonDay: number;
  /**
   * 'history' once `window` closed sprints exist, else the team's starting value; 'committed' for a started
   * sprint whose frozen value neither gives today (the window or the starting value changed since).
   */
  source: 'history' | 'starting' | 'committed';
  /** The sprints averaged over (empty when the starting value is used). */
  sprints: SprintHistoryEntry[];
}

/**
 * What a closed sprint got done per person-day: planned and unplanned work alike. The forecast takes the
 * interrupt buffer off this, so the unplanned work must be in it: measured on planned work alone, the
 * interrupts would be taken off twice, and a team that did all it planned and used exactly its buffer
 * would see its plannable points fall by the buffer's share every sprint.
 */
export function completedPerPersonDay(
  sprint: Pick<SprintHistoryEntry, 'completedPlannedPoints' | 'completedUnplannedPoints' | 'personDays'>,
): number | null {
  if (sprint.personDays <= 0) return null;
  return (sprint.completedPlannedPoints + sprint.completedUnplannedPoints) / sprint.personDays;
}

/**
 * "The last N closed sprints" both velocity and the buffer suggestion learn from: the last `window` closed
 * sprints with person-days (a sprint closed with none has no velocity to measure), oldest first.
 */
export function measuredSprints(history: readonly SprintHistoryEntry[], window: number): SprintHistoryEntry[] {
  return history.filter((h) => h.personDays > 0).slice(-window);
}

/** Points per person-day: the average of completed points ÷ person-days over the last N closed sprints. */
export function pointsPerPersonDay(history: readonly SprintHistoryEntry[], settings: CapacitySettings): Velocity {
  const window = settings.velocityWindow;
  const usable = measuredSprints(history, window);
  if (usable.length < window) {
    return { pointsPerPersonDay: settings.startingPointsPerPersonDay, source: 'starting', sprints: [] };
  }
  const sum = usable.reduce((acc, h) => acc + (completedPerPersonDay(h) ?? 0), 0);
  return { pointsPerPersonDay: round2(sum / usable.length), source: 'history', sprints: usable };
}

/** The most the interrupt buffer can be, in percent (the team settings refuse more). */
export const BUFFER_LIMIT_PERCENT = 90;

/**
 * The share of completed points unplanned work took over the last N closed sprints (the same sprints as
 * velocity: see measuredSprints), as a whole percent; null without history or when those sprints completed
 * no points.
 */
export function unplannedSharePercent(history: readonly SprintHistoryEntry[], window: number): number | null {
  const recent = measuredSprints(history, window);
  const unplanned = recent.reduce((acc, h) => acc + h.completedUnplannedPoints, 0);
  const total = recent.reduce((acc, h) => acc + h.completedPlannedPoints + h.completedUnplannedPoints, 0);
  if (recent.length === 0 || total <= 0) return null;
  return Math.round((unplanned / total) * 100);
}

/** The buffer history suggests: the unplanned share (unplannedSharePercent), capped at the buffer's limit. */
export function suggestedBufferPercent(history: readonly SprintHistoryEntry[], window: number): number | null {
  const share = unplannedSharePercent(history, window);
  return share === null ? null : Math.min(BUFFER_LIMIT_PERCENT, share);
}

export interface Forecast {
  personDays: number;
  pointsPerPersonDay: number;
  forecastPoints: number;
  bufferPercent: number;
  bufferPoints: number;
  plannablePoints: number;
}

/** forecast = person-days × points per person-day; buffer = buffer% × forecast; plannable = forecast − buffer. */
export function forecast(personDays: number, ppd: number, bufferPercent: number): Forecast {
  const forecastPoints = round2(personDays * ppd);
  const bufferPoints = round2((forecastPoints * bufferPercent) / 100);
  return {
    personDays: round2(personDays),
    pointsPerPersonDay: ppd,
    forecastPoints,
    bufferPercent,
    bufferPoints,
    plannablePoints: round2(forecastPoints - bufferPoints),
  };
}

export interface SprintCapacity extends Forecast {
  members: MemberCapacity[];
  /**
   * What the member rows add up to. Before the start it is `personDays`; after it, the rows are today's team
   * over the sprint's days and may differ from the person-days the sprint was committed on.
   */
  rowsPersonDays: number;
  workingDays: number;
  velocity: Velocity;
  suggestedBufferPercent: number | null;
  /** The share the suggestion comes from, uncapped: above the limit after a sprint taken up by incidents. */
  unplannedSharePercent: number | null;
  /** The last N closed sprints with person-days: what the suggestion (and velocity, once N exist) learned from. */
  learnedFrom: SprintHistoryEntry[];
  /** Closed sprints before this one looked at (up to 4 × the window), with or without person-days. */
  closedBefore: number;
}

/** The forecast a started sprint was committed on, as frozen in its commitment. */
function committedForecast(c: Commitment): Forecast {
  return {
    personDays: c.personDays,
    pointsPerPersonDay: c.pointsPerPersonDay,
    forecastPoints: c.forecastPoints,
    bufferPercent: c.bufferPercent,
    bufferPoints: c.bufferPoints,
    plannablePoints: c.plannablePoints,
  };
}

/**
 * Every term of the capacity formula for one sprint, for the screen and the commitment snapshot. Once the sprint
 * has started, the forecast (person-days to plannable points) is the one frozen in its commitment: a member's
 * hours changed or a member removed later, or a setting changed, does not move a started or closed sprint's
 * figures. The commitment keeps no rows: those are today's members over the sprint's days (`rowsPersonDays`).
 */
export function sprintCapacity(
  sprint: CapacitySprint,
  members: readonly Member[],
  settings: CapacitySettings,
  history: readonly Sprint[],
  calendar: CapacityCalendar,
): SprintCapacity {
  const rows = members.map((m) => memberCapacity(m, sprint, settings, calendar));
  const personDays = rows.reduce((acc, r) => acc + r.personDays, 0);
  const before = history.filter((s) => s.startDate < sprint.startDate);
  const past = recentHistory(before, Math.max(settings.velocityWindow, 1) * 4);
  const learned = pointsPerPersonDay(past, settings);
  const committed = sprint.commitment;
  const velocity: Velocity =
    !committed || committed.pointsPerPersonDay === learned.pointsPerPersonDay
      ? learned
      : { pointsPerPersonDay: committed.pointsPerPersonDay, source: 'committed', sprints: [] };
  return {
    ...(committed
      ? committedForecast(committed)
      : forecast(personDays, velocity.pointsPerPersonDay, settings.bufferPercent)),
    members: rows,
    rowsPersonDays: round2(personDays),
    workingDays: workingDatesBetween(sprint.startDate, sprint.endDate, settings.workingDays).length,
    velocity,
    suggestedBufferPercent: suggestedBufferPercent(past, settings.velocityWindow),
    unplannedSharePercent: unplannedSharePercent(past, settings.velocityWindow),
    learnedFrom: measuredSprints(past, settings.velocityWindow),
    closedBefore: past.length,
  };
}
