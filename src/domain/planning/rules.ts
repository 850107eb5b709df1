import type { BacklogItem } from '../backlog/schema';
import { DomainError, invalid } from '../shared/errors';
import type { Member } from '../team/schema';
import { unplannedItemPoints } from './buffer';
import { daysSpanned, MAX_SPRINT_DAYS, rangesOverlap, workingDatesBetween } from './calendar';
import { formatDayRange } from '../shared/dates';
import type { SprintCapacity } from './capacity';
import { round2 } from '../shared/round';
import type { Commitment, ScopeChange, Sprint } from './schema';
import { windowTouches } from './team-calendar';
import { sameName } from '../shared/name-key';
import { quote } from '../shared/words';

/** Rules a sprint and its calendar must keep; each throws a message the scrum master can act on. */

/** A rule has no clock to tell this year from another, so its messages write the year. */
const NO_CLOCK = { withYear: true } as const;

export function checkSprintDates(
  fields: { startDate: string; endDate: string },
  others: readonly Pick<Sprint, 'id' | 'name' | 'startDate' | 'endDate'>[],
  workingDays: readonly number[],
  selfId: string | null = null,
): void {
  if (fields.endDate < fields.startDate) throw invalid('endDate', 'The sprint must end on or after its start date.');
  if (daysSpanned(fields.startDate, fields.endDate) > MAX_SPRINT_DAYS)
    throw invalid('endDate', `A sprint can last at most ${MAX_SPRINT_DAYS} days.`);
  if (workingDatesBetween(fields.startDate, fields.endDate, workingDays).length === 0) {
    throw invalid('endDate', "These dates contain none of the team's working days.");
  }
  const clash = others.find(
    (s) => s.id !== selfId && rangesOverlap(fields.startDate, fields.endDate, s.startDate, s.endDate),
  );
  if (clash) {
    throw new DomainError(
      'conflict',
      `These dates overlap ${quote(clash.name)} (${formatDayRange(clash.startDate, clash.endDate, NO_CLOCK)}). Sprints cannot overlap.`,
      [{ path: 'startDate', message: `Overlaps ${quote(clash.name)}.` }],
    );
  }
}

/**
 * A sprint's name is how the command line, the sprint pickers and the velocity chart tell sprints apart: no
 * other sprint of the team (`others`, but `selfId`) may have it, case and outer spaces aside.
 */
export function checkSprintName(
  name: string,
  others: readonly Pick<Sprint, 'id' | 'name' | 'startDate' | 'endDate'>[],
  selfId: string | null = null,
): void {
  const same = others.find((s) => s.id !== selfId && sameName(s.name, name));
  if (same) {
    throw new DomainError(
      'conflict',
      `There is already a sprint named ${quote(same.name)} (${formatDayRange(same.startDate, same.endDate, NO_CLOCK)}). Pick another name.`,
      [{ path: 'name', message: `Another sprint is named ${quote(same.name)}.` }],
    );
  }
}

/** Whether an edit renames the sprint (not only in case or outer spaces). */
export const renames = (was: string, now: string) => !sameName(was, now);

/** Ends a refusal of a change, as every such refusal does: a person (or a script) knows nothing was half done. */
export const NOTHING_CHANGED = 'Nothing was changed.';

export function checkEditable(sprint: Pick<Sprint, 'name' | 'state'>): void {
  if (sprint.state === 'closed') {
    throw new DomainError(
      'conflict',
      `${quote(sprint.name)} is closed; its calendar and scope can no longer change. ${NOTHING_CHANGED}`,
    );
  }
}

/**
 * Whether a status change takes an item out of its sprint: one set back from Done after its sprint closed
 * is work to plan again, so it returns to the backlog, and the sprint keeps the result it recorded.
 */
export function reopensAfterClose(
  item: Pick<BacklogItem, 'status' | 'sprintId'>,
  status: BacklogItem['status'],
  sprints: readonly Pick<Sprint, 'id' | 'state'>[],
): boolean {
  if (item.status !== 'done' || status === 'done' || item.sprintId === null) return false;
  return sprints.find((s) => s.id === item.sprintId)?.state === 'closed';
}

/**
 * The closed sprint whose record (velocity, reports) an item's story points are part of, or null when they can
 * change: an item of no sprint or of an open one, or one this status change reopens (it leaves the sprint).
 */
export function pointsRecordedBy<S extends Pick<Sprint, 'id' | 'name' | 'state'>>(
  item: Pick<BacklogItem, 'status' | 'sprintId'>,
  status: BacklogItem['status'],
  sprints: readonly S[],
): S | null {
  if (item.sprintId === null || reopensAfterClose(item, status, sprints)) return null;
  const sprint = sprints.find((s) => s.id === item.sprintId);
  return sprint?.state === 'closed' ? sprint : null;
}

/** Why the points of a closed sprint's item stay as they are: the api's refusal and the item editor's note. */
export const pointsRecordedWhy = (sprintName: string) =>
  `${quote(sprintName)} is closed: the story points of its items are its record (velocity, reports) and can no longer change.`;

/**
 * Refuses an edit of the points of a closed sprint's item. For edits a person or a script asks for: a sync or an
 * import writes what the other side holds and does not come here.
 */
export function checkPointsEditable(
  item: Pick<BacklogItem, 'status' | 'sprintId'>,
  changes: { points?: number | null | undefined; status?: BacklogItem['status'] | undefined },
  sprints: readonly Pick<Sprint, 'id' | 'name' | 'state'>[],
): void {
  if (changes.points === undefined) return;
  const sprint = pointsRecordedBy(item, changes.status ?? item.status, sprints);
  if (!sprint) return;
  const why = pointsRecordedWhy(sprint.name);
  throw new DomainError('conflict', `${why} ${NOTHING_CHANGED}`, [{ path: 'points', message: why }]);
}

/**
 * A calendar entry must fall inside the sprint. The refusal is at the field that is outside it: `paths.start` when
 * the entry starts before the sprint, else `paths.end` (a holiday's one date is both).
 */
export function checkInSprint(
  sprint: Pick<Sprint, 'startDate' | 'endDate'>,
  range: { startDate: string; endDate: string },
  what: string,
  paths: { start: string; end: string } = { start: 'startDate', end: 'endDate' },
): void {
  const early = range.startDate < sprint.startDate;
  if (early || range.endDate > sprint.endDate) {
    throw invalid(
      early ? paths.start : paths.end,
      `${what} must fall inside the sprint (${formatDayRange(sprint.startDate, sprint.endDate, NO_CLOCK)}).`,
    );
  }
}

export function checkMember(members: readonly Member[], memberId: string): Member {
  const member = members.find((m) => m.id === memberId);
  if (!member) throw invalid('memberId', 'That member is not in this team any more; pick someone else.');
  return member;
}

/**
 * Why a member cannot be given an on-call shift (their "Takes on-call shifts" is off on the Team screen), or
 * null when they can. Shifts they already have stay: the setting is checked when a shift is added or imported.
 */
export function notTakingOnCall(member: Pick<Member, 'name' | 'takesOnCall'>): string | null {
  if (member.takesOnCall) return null;
  return `${member.name} does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen`;
}

/** A member who can be given an on-call shift; throws naming them and the fix when they cannot. */
export function checkTakesOnCall(members: readonly Member[], memberId: string): Member {
  const member = checkMember(members, memberId);
  const why = notTakingOnCall(member);
  if (why) throw invalid('memberId', `${why}, then add the shift.`);
  return member;
}

/** A change window may start before or end after the sprint (overnight windows), but must touch its days. */
export function checkWindowTouchesSprint(
  sprint: Pick<Sprint, 'startDate' | 'endDate'>,
  window: { start: string; end: string },
  timeZone: string,
): void {
  if (!windowTouches(sprint, window, timeZone)) {
    throw invalid(
      'start',
      `The window must overlap the sprint: ${formatDayRange(sprint.startDate, sprint.endDate, NO_CLOCK)} in the team's time zone (${timeZone}). The window's times are UTC.`,
    );
  }
}

export function sumPoints(items: readonly Pick<BacklogItem, 'points'>[]): number {
  return round2(items.reduce((acc, i) => acc + (i.points ?? 0), 0));
}

/** The snapshot "Start sprint" freezes: the items and the capacity they were planned against. */
export function commitmentOf(items: readonly BacklogItem[], capacity: SprintCapacity, at: string): Commitment {
  return {
    at,
    items: items.map((i) => ({ itemId: i.id, title: i.title, points: i.points })),
    committedPoints: sumPoints(items),
    personDays: capacity.personDays,
    pointsPerPersonDay: capacity.pointsPerPersonDay,
    forecastPoints: capacity.forecastPoints,
    bufferPercent: capacity.bufferPercent,
    bufferPoints: capacity.bufferPoints,
    plannablePoints: capacity.plannablePoints,
  };
}

/** The first sprint of the team, of any state, to start after `sprint`: new dates for it must end before that one. */
export function sprintAfter<S extends Pick<Sprint, 'id' | 'startDate'>>(
  sprints: readonly S[],
  sprint: Pick<Sprint, 'id' | 'startDate'>,
): S | null {
  return (
    [...sprints]
      .filter((s) => s.id !== sprint.id && s.startDate > sprint.startDate)
      .sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? null
  );
}

/**
 * Why a sprint cannot start now, or null when it can: already started, another sprint still active, or nothing
 * planned into it. The api refuses with it, and the planning screen says it beside Start before it is pressed.
 */
export function startRefusal(
  sprint: Pick<Sprint, 'id' | 'name' | 'state'>,
  sprints: readonly Pick<Sprint, 'name' | 'state'>[],
  items: readonly Pick<BacklogItem, 'sprintId'>[],
): DomainError | null {
  if (sprint.state !== 'planned') return new DomainError('conflict', `${quote(sprint.name)} has already been started.`);
  const active = sprints.find((s) => s.state === 'active');
  if (active) {
    return new DomainError(
      'conflict',
      `${quote(active.name)} is still active. Close it before starting ${quote(sprint.name)}.`,
    );
  }
  if (!items.some((i) => i.sprintId === sprint.id)) {
    return new DomainError('invalid_input', 'Plan at least one item into the sprint before starting it.');
  }
  return null;
}

/** The first planned sprint after `sprint` (where leftovers can go). */
export function nextPlannedSprint<S extends Pick<Sprint, 'id' | 'state' | 'startDate'>>(
  sprints: readonly S[],
  sprint: Pick<Sprint, 'id' | 'startDate'>,
): S | null {
  return sprintAfter(
    sprints.filter((s) => s.state === 'planned'),
    sprint,
  );
}

/** A scope change on a started sprint, with the item's points before and after. */
export function scopeChange(
  item: Pick<BacklogItem, 'id' | 'title'>,
  kind: ScopeChange['kind'],
  points: { before: number | null; after: number | null },
  why: { reason: string; planned: boolean },
  at: string,
  id: string,
): ScopeChange {
  return {
    id,
    at,
    itemId: item.id,
    title: item.title,
    kind,
    pointsBefore: points.before,
    pointsAfter: points.after,
    reason: why.reason,
    planned: why.planned,
  };
}

/**
 * The removal of an item from a started sprint, at the size it leaves with: an interrupt sized in hours leaves with
 * the size its hours give it in `sprint` (as its logging recorded it), points or none, since a deleted item is in no
 * list and the burndown and the scope log read its size from here. One that was done says when, for the burndown's
 * past days.
 */
export function removalOf(
  item: Pick<
    BacklogItem,
    'id' | 'title' | 'points' | 'status' | 'completedAt' | 'sprintId' | 'unplanned' | 'interrupt'
  >,
  why: { reason: string; planned: boolean },
  at: string,
  id: string,
  sized: { sprint: Pick<Sprint, 'commitment'>; settings: Parameters<typeof unplannedItemPoints>[2] },
): ScopeChange {
  const before =
    item.unplanned && item.interrupt?.hours != null
      ? unplannedItemPoints(item, sized.sprint, sized.settings)
      : item.points;
  const change = scopeChange(item, 'removed', { before, after: null }, why, at, id);
  return item.status === 'done' && item.completedAt ? { ...change, completedAt: item.completedAt } : change;
}

/**
 * Logs a changed estimate of an item in the team's active sprint as a planned scope change.
 * Works on a draft team (immer), so the backlog and poker services share one rule.
 */
export function logReestimate(
  team: { sprints: Sprint[] },
  item: Pick<BacklogItem, 'id' | 'title' | 'sprintId' | 'points' | 'unplanned'>,
  newPoints: number | null,
  why: { reason: string; at: string; id: string },
): boolean {
  const sprint = team.sprints.find((s) => s.id === item.sprintId);
  if (!sprint || sprint.state !== 'active' || item.points === newPoints) return false;
  sprint.scopeChanges.push(
    scopeChange(
      item,
      'reestimated',
      { before: item.points, after: newPoints },
      // An interrupt re-sized stays unplanned work in the log, as it is on the board.
      { reason: why.reason, planned: !item.unplanned },
      why.at,
      why.id,
    ),
  );
  return true;
}
