import type { BacklogItem } from '../backlog/schema';
import type { Member } from '../team/schema';
import { round2 } from '../shared/round';
import { workingDatesBetween } from './calendar';
import {
  completedPerPersonDay,
  memberCapacity,
  type CapacityCalendar,
  type CapacitySettings,
  type CapacitySprint,
} from './capacity';
import { latestClosedSprints } from './closed-sprints';
import { liveTotals, type TotalsSettings } from './figures';
import type { Sprint, SprintResult } from './schema';

export type IncompleteTo = SprintResult['incompleteTo'];

/**
 * The person-days a sprint closed on `today` (the team's date) ran: its committed person-days, or, closed before
 * its last date, their share that falls on its working days up to and including today, as capacity counts them
 * (time off, on-call, holidays) for today's team. Closed before its first date, it keeps them all.
 */
export function personDaysRan(
  sprint: CapacitySprint,
  members: readonly Member[],
  settings: CapacitySettings,
  calendar: CapacityCalendar,
  today: string,
): number {
  const committed = sprint.commitment?.personDays ?? 0;
  if (today < sprint.startDate || today >= sprint.endDate) return committed;
  const ran = { ...sprint, endDate: today };
  const teamDays = (s: CapacitySprint) =>
    members.reduce((acc, m) => acc + memberCapacity(m, s, settings, calendar).personDays, 0);
  const whole = teamDays(sprint);
  if (whole > 0) return round2((committed * teamDays(ran)) / whole);
  // No one on today's team has a day in the sprint: its share of working days is all there is to go by.
  const days = (s: CapacitySprint) => workingDatesBetween(s.startDate, s.endDate, settings.workingDays).length;
  const all = days(sprint);
  return all > 0 ? round2((committed * days(ran)) / all) : committed;
}

/**
 * What "Close sprint" records: the live totals (see figures.ts), the unfinished items and where they went, and
 * the person-days of the days it ran (personDaysRan), which its velocity is measured on.
 */
export function sprintResultOf(
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  items: readonly BacklogItem[],
  settings: TotalsSettings,
  incompleteTo: IncompleteTo,
  closedAt: string,
  personDays: number,
): SprintResult {
  return {
    closedAt,
    ...liveTotals(sprint, items, settings),
    incompleteItemIds: items.filter((i) => i.sprintId === sprint.id && i.status !== 'done').map((i) => i.id),
    incompleteTo,
    personDays,
  };
}

export interface VelocityRow {
  sprintId: string;
  name: string;
  committed: number;
  completedPlanned: number;
  completedUnplanned: number;
  bufferReserved: number;
  bufferUsed: number;
  pointsPerPersonDay: number | null;
}

/** How many closed sprints the velocity chart shows, unless the velocity window averages over more. */
const VELOCITY_CHART_SPRINTS = 7;

/**
 * The latest closed sprints for the velocity chart, oldest first: seven, or as many as the velocity window
 * (`window`, up to 12) averages over, so every sprint behind the capacity's figure is in the table.
 */
export function velocityRows(sprints: readonly Sprint[], window = 0): VelocityRow[] {
  return latestClosedSprints(sprints, Math.max(VELOCITY_CHART_SPRINTS, window)).map((s) => {
    const r = s.result as SprintResult;
    const perPersonDay = completedPerPersonDay(r);
    return {
      sprintId: s.id,
      name: s.name,
      committed: r.committedPoints,
      completedPlanned: r.completedPlannedPoints,
      completedUnplanned: r.completedUnplannedPoints,
      bufferReserved: r.bufferReservedPoints,
      bufferUsed: r.bufferUsedPoints,
      pointsPerPersonDay: perPersonDay === null ? null : round2(perPersonDay),
    };
  });
}

/** Where an unfinished unplanned item goes at the close: the team decides per item. */
export const UNPLANNED_CHOICES = ['next_sprint', 'backlog', 'drop'] as const;
export type UnplannedChoice = (typeof UNPLANNED_CHOICES)[number];

/** Where one unfinished unplanned item goes: the team's choice for it, or else where the planned leftovers go. */
export function unplannedChoiceOf(
  itemId: string,
  unplannedTo: Readonly<Record<string, UnplannedChoice>>,
  incompleteTo: IncompleteTo,
): UnplannedChoice {
  return unplannedTo[itemId] ?? incompleteTo;
}

/** What happens to one unfinished item when its sprint closes. */
export interface CarryOver {
  itemId: string;
  /** The next sprint, null for the backlog, or the closing sprint itself when the item is dropped. */
  sprintId: string | null;
  unplanned: boolean;
}

/**
 * The carry-over of a closing sprint. Planned leftovers go where `incompleteTo` says and stay planned;
 * each unplanned leftover goes where the team chose (by default, the same place), and stays unplanned
 * in the next sprint, so its estimate (points or interrupt hours) keeps counting against the buffer
 * instead of turning into committed work. Nothing is deleted: a dropped item stays in the closed sprint.
 */
export function carryOverOf(
  sprint: Pick<Sprint, 'id'>,
  items: readonly BacklogItem[],
  incompleteTo: IncompleteTo,
  unplannedTo: Readonly<Record<string, UnplannedChoice>>,
  nextSprintId: string | null,
): CarryOver[] {
  const into = (to: IncompleteTo) => (to === 'next_sprint' ? nextSprintId : null);
  return items
    .filter((i) => i.sprintId === sprint.id && i.status !== 'done')
    .map((i) => {
      if (!i.unplanned) return { itemId: i.id, sprintId: into(incompleteTo), unplanned: false };
      const choice = unplannedChoiceOf(i.id, unplannedTo, incompleteTo);
      if (choice === 'drop') return { itemId: i.id, sprintId: sprint.id, unplanned: true };
      // Back in the backlog it is just work to plan again; whoever plans it says whether it is planned.
      return { itemId: i.id, sprintId: into(choice), unplanned: choice === 'next_sprint' };
    });
}
