import { sprintCapacity } from '../domain/planning/capacity';
import {
  carryOverOf,
  personDaysRan,
  sprintResultOf,
  type IncompleteTo,
  type UnplannedChoice,
} from '../domain/planning/close';
import { droppedAtClose } from '../domain/planning/dropped';
import type { SprintFields } from '../domain/planning/inputs';
import {
  checkSprintDates,
  checkSprintName,
  commitmentOf,
  nextPlannedSprint,
  NOTHING_CHANGED,
  renames,
  startRefusal,
} from '../domain/planning/rules';
import { SprintSchema } from '../domain/planning/schema';
import { leftOutsideText } from '../domain/planning/sprint-entries';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { dateInZone } from '../domain/shared/zoned-time';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { planningUpdate, type PlanningUpdate } from './planning-update';
import { quote } from '../domain/shared/words';

/** Sprint life cycle: create, edit, delete while planned, start (freeze the commitment), close. */

export async function createSprint(
  ctx: ServiceContext,
  input: { teamId: string; sprint: SprintFields },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  checkSprintName(input.sprint.name, team.sprints);
  checkSprintDates(input.sprint, team.sprints, team.settings.workingDays);
  const sprint = SprintSchema.parse({ ...input.sprint, id: newId(), createdAt: ctx.now().toISOString() });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).sprints.push(sprint);
  });
  return planningUpdate(ws, input.teamId, { sprints: [sprint.id] });
}

/** An edit's answer: what changed, and what the facilitator should know about time off and shifts. */
export interface SprintEdit extends PlanningUpdate {
  /** When new dates leave time off or shifts outside the sprint: how many and whose (leftOutsideText); else null. */
  leftOutside: string | null;
}

/**
 * A planned sprint's dates may move; its time off and shifts keep theirs (someone's leave does not move with
 * the sprint), and the answer says which the new dates leave outside, where they are not counted.
 */
export async function updateSprint(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; sprint: SprintFields },
): Promise<SprintEdit> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const current = findIn(team.sprints, input.sprintId, 'The sprint');
  const datesChanged = current.startDate !== input.sprint.startDate || current.endDate !== input.sprint.endDate;
  if (current.state === 'closed') {
    throw new DomainError('conflict', `${quote(current.name)} is closed and cannot change. ${NOTHING_CHANGED}`);
  }
  if (datesChanged && current.state !== 'planned') {
    throw new DomainError('conflict', 'The dates of a started sprint are fixed; its capacity was committed on them.');
  }
  // Only a new name is checked: two sprints named alike before this rule can still have their goals edited.
  if (renames(current.name, input.sprint.name)) checkSprintName(input.sprint.name, team.sprints, current.id);
  if (datesChanged) checkSprintDates(input.sprint, team.sprints, team.settings.workingDays, current.id);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const sprint = findIn(findTeam(draft.teams, input.teamId).sprints, input.sprintId, 'The sprint');
    Object.assign(sprint, input.sprint);
  });
  const leftOutside = datesChanged ? leftOutsideText({ ...current, ...input.sprint }, team.members) : null;
  return { ...planningUpdate(ws, input.teamId, { sprints: [input.sprintId] }), leftOutside };
}

/**
 * Only a planned sprint can be deleted; its items go back to the backlog (as planned work), its reviews (one
 * may be prepared early) are deleted with it, and its retros and health checks stay, linked to no sprint. The
 * screen mirrors this from `removedSprintIds` (applyPlanningUpdate).
 */
export async function deleteSprint(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = findIn(team.sprints, input.sprintId, 'The sprint');
  if (sprint.state !== 'planned') {
    const why = sprint.state === 'closed' ? 'is closed' : 'has started';
    throw new DomainError(
      'conflict',
      `${quote(sprint.name)} ${why}; only planned sprints can be deleted. ${NOTHING_CHANGED}`,
    );
  }
  const itemIds = team.items.filter((i) => i.sprintId === sprint.id).map((i) => i.id);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    t.sprints = t.sprints.filter((s) => s.id !== input.sprintId);
    // Back in the backlog as plain work to plan again (as unplanItem and the close leave it), not unplanned work.
    for (const item of t.items) {
      if (item.sprintId !== input.sprintId) continue;
      item.sprintId = null;
      item.unplanned = false;
    }
    if (t.reviews.some((r) => r.sprintId === input.sprintId)) {
      t.reviews = t.reviews.filter((r) => r.sprintId !== input.sprintId);
    }
    for (const retro of t.retros) if (retro.sprintId === input.sprintId) retro.sprintId = null;
    for (const check of t.healthChecks) if (check.sprintId === input.sprintId) check.sprintId = null;
    // Standups, blockers and parking-lot topics keep their text and times, linked to no sprint.
    for (const rec of [...t.standups, ...t.blockers, ...t.parkingLot]) {
      if (rec.sprintId === sprint.id) rec.sprintId = null;
    }
  });
  return planningUpdate(ws, input.teamId, { items: itemIds, removedSprints: [input.sprintId] });
}

/** Freezes the commitment: the items, their points and the capacity they were planned against. */
export async function startSprint(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = findIn(team.sprints, input.sprintId, 'The sprint');
  const refusal = startRefusal(sprint, team.sprints, team.items);
  if (refusal) throw refusal;
  const items = team.items.filter((i) => i.sprintId === sprint.id);
  const capacity = sprintCapacity(sprint, team.members, team.settings, team.sprints, team.calendar);
  // Unplanned work carried over from the last sprint is not committed: it keeps burning the buffer.
  const commitment = commitmentOf(
    items.filter((i) => !i.unplanned),
    capacity,
    ctx.now().toISOString(),
  );
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const s = findIn(t.sprints, input.sprintId, 'The sprint');
    s.state = 'active';
    s.commitment = commitment;
  });
  return planningUpdate(ws, input.teamId, { sprints: [sprint.id], items: items.map((i) => i.id) });
}

/**
 * Records the result and closes. Unfinished planned items go to the backlog or the next planned sprint;
 * each unfinished unplanned item goes where `unplannedTo` says (see carryOverOf).
 */
export async function closeSprint(
  ctx: ServiceContext,
  input: {
    teamId: string;
    sprintId: string;
    incompleteTo: IncompleteTo;
    unplannedTo?: Record<string, UnplannedChoice> | undefined;
  },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = findIn(team.sprints, input.sprintId, 'The sprint');
  if (sprint.state !== 'active') {
    throw new DomainError(
      'conflict',
      `Only an active sprint can be closed; ${quote(sprint.name)} is ${sprint.state}. ${NOTHING_CHANGED}`,
    );
  }
  const unplannedTo = input.unplannedTo ?? {};
  const leftover = new Map(
    team.items.filter((i) => i.sprintId === sprint.id && i.status !== 'done' && i.unplanned).map((i) => [i.id, i]),
  );
  for (const itemId of Object.keys(unplannedTo)) {
    if (!leftover.has(itemId)) {
      throw invalid(
        `unplannedTo.${itemId}`,
        'A choice names an item that is no longer unfinished unplanned work of this sprint: it was finished, moved or removed meanwhile. Nothing was changed: choose again for the work still unfinished, then close the sprint.',
      );
    }
  }
  const next = nextPlannedSprint(team.sprints, sprint);
  const wantsNext = [input.incompleteTo, ...Object.values(unplannedTo)].includes('next_sprint');
  if (wantsNext && !next) {
    throw new DomainError(
      'invalid_input',
      'There is no planned sprint after this one. Create the next sprint first, or move unfinished items to the backlog.',
      [{ path: 'incompleteTo', message: 'No next sprint to move items into.' }],
    );
  }
  const moves = carryOverOf(sprint, team.items, input.incompleteTo, unplannedTo, next?.id ?? null);
  const now = ctx.now();
  // Closed early, its velocity is measured on the days it ran (up to and including today, the team's date).
  const today = dateInZone(now.getTime(), team.settings.timeZone);
  const personDays = personDaysRan(sprint, team.members, team.settings, team.calendar, today);
  const result = {
    ...sprintResultOf(sprint, team.items, team.settings, input.incompleteTo, now.toISOString(), personDays),
    droppedItemIds: droppedAtClose(sprint, moves),
  };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const s = findIn(t.sprints, input.sprintId, 'The sprint');
    s.state = 'closed';
    s.result = result;
    const byId = new Map(moves.map((m) => [m.itemId, m]));
    for (const item of t.items) {
      const move = byId.get(item.id);
      if (!move) continue;
      item.sprintId = move.sprintId;
      item.unplanned = move.unplanned;
    }
  });
  const movedToNext = moves.some((m) => m.sprintId !== null && m.sprintId !== sprint.id);
  return planningUpdate(ws, input.teamId, {
    sprints: [sprint.id, ...(next && movedToNext ? [next.id] : [])],
    items: result.incompleteItemIds,
  });
}
