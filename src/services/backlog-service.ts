import type { Draft } from 'immer';
import { BacklogItemSchema, type BacklogItem, type ItemFields } from '../domain/backlog/schema';
import { moveById, moveTarget } from '../domain/backlog/order';
import { tickableEntryIds } from '../domain/backlog/readiness';
import { sourceId } from '../domain/imports/source-id';
import { statusFields } from '../domain/board/cards';
import { checkPointsEditable, logReestimate, removalOf, scopeChange } from '../domain/planning/rules';
import type { Sprint } from '../domain/planning/schema';
import { changedFields } from '../domain/shared/changed-fields';
import { DomainError, invalid, notFound } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { describeScale, isOnScale } from '../domain/team/scales';
import type { TeamDoc, Workspace } from '../domain/workspace';
import type { ServiceContext } from './context';
import { deletedCopy, forgetDeleted, keepDeleted, type DeletedCopy } from './deleted-items';
import { setItemStatus } from './item-status';
import { findIn, findTeam, originalList, replacementList, teamOf } from './lookup';

export type { ItemFields };

/** Rules that need the team: points on its scale, ready checks that exist in its Definition of Ready. */
function checkAgainstTeam(team: TeamDoc | Draft<TeamDoc>, fields: Partial<ItemFields>): void {
  const scale = team.settings.pointScale;
  if (fields.points !== undefined && fields.points !== null && !isOnScale(scale, fields.points)) {
    throw invalid('points', `${fields.points} is not on this team's point scale (${describeScale(scale)}).`);
  }
  if (fields.ownerId && !team.members.some((m) => m.id === fields.ownerId)) {
    throw invalid('ownerId', 'The owner is not on this team (any more); pick someone else.');
  }
  if (fields.readyChecks) {
    const manual = tickableEntryIds(team.settings.definitionOfReady);
    const unknown = fields.readyChecks.find((id) => !manual.has(id));
    if (unknown) {
      throw invalid(
        'readyChecks',
        'A ticked Definition of Ready entry no longer exists: it was removed from the team’s Definition of Ready meanwhile. Tick the entries it has now, then save.',
      );
    }
  }
}

/** A new item of these fields, made now: its id, times and status bookkeeping (one definition for every way in). */
export function newItem(fields: ItemFields, now: Date, templateId: string | null = null): BacklogItem {
  const at = now.toISOString();
  return BacklogItemSchema.parse({
    ...fields,
    id: newId(),
    templateId,
    createdAt: at,
    updatedAt: at,
    ...statusFields(fields.status, at),
  });
}

export async function createItem(
  ctx: ServiceContext,
  input: {
    teamId: string;
    item: ItemFields;
    templateId?: string | null | undefined;
    position?: 'top' | 'bottom' | undefined;
  },
): Promise<BacklogItem> {
  checkAgainstTeam(teamOf(ctx.store.snapshot(), input.teamId), input.item);
  const item = newItem(input.item, ctx.now(), input.templateId);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const items = findTeam(draft.teams, input.teamId).items;
    if (input.position === 'top') items.unshift(item);
    else items.push(item);
  });
  return findIn(teamOf(ws, input.teamId).items, item.id, 'The item');
}

/**
 * The changes without what the item already held that the team has since taken away: a tick of a Definition
 * of Ready entry deleted (or made automatic) since, which no screen shows any more, is dropped; an owner who
 * has left the team, and an estimate no longer on the team's point scale, stay as stored. The editor sends
 * them back as they were, and refusing them made the item impossible to save. A new tick, owner or estimate
 * the team does not have is still refused.
 */
function withoutLeftovers(team: TeamDoc, item: BacklogItem, changes: Partial<ItemFields>): Partial<ItemFields> {
  const out = { ...changes };
  if (out.ownerId !== undefined && out.ownerId === item.ownerId) delete out.ownerId;
  if (out.points !== undefined && out.points === item.points) delete out.points;
  if (out.readyChecks) {
    const manual = tickableEntryIds(team.settings.definitionOfReady);
    const had = new Set(item.readyChecks);
    out.readyChecks = out.readyChecks.filter((id) => manual.has(id) || !had.has(id));
  }
  return out;
}

/**
 * Changes the fields asked that differ from what the item holds. An edit that changes nothing (the editor saved
 * as it opened, a script sending the item back) writes nothing: the item's `updatedAt` stays, so "recently
 * updated" views keep their order and a shared team has nothing to send.
 */
export async function updateItem(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string; changes: Partial<ItemFields> },
): Promise<BacklogItem> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const stored = findIn(team.items, input.itemId, 'The item');
  const asked = changedFields<ItemFields>(withoutLeftovers(team, stored, input.changes), stored);
  if (Object.keys(asked).length === 0) return stored;
  checkPointsEditable(stored, asked, team.sprints);
  checkAgainstTeam(team, asked);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const item = findIn(t.items, input.itemId, 'The item');
    const at = ctx.now().toISOString();
    const { status, ...changes } = asked;
    if (changes.points !== undefined) {
      logReestimate(t, item, changes.points, { reason: 'Re-estimated in the backlog', at, id: newId() });
    }
    Object.assign(item, changes, { updatedAt: at });
    // The same bookkeeping as a move on the board: Done here burns the item down too.
    if (status !== undefined) setItemStatus(t, item, status, at);
  });
  return findIn(teamOf(ws, input.teamId).items, input.itemId, 'The item');
}

/** What a delete or its undo changed: the item, its place, and the sprint whose scope it changed. */
export interface ItemRemoval {
  item: BacklogItem;
  index: number;
  sprint: Sprint | null;
}

/** The sprint an item's removal or return is a scope change of: its sprint, if that is running. */
function runningSprintOf<T extends Pick<Sprint, 'id' | 'state'>>(
  team: { sprints: T[] },
  sprintId: string | null,
): T | null {
  const sprint = sprintId ? team.sprints.find((s) => s.id === sprintId) : undefined;
  return sprint?.state === 'active' ? sprint : null;
}

/**
 * Deletes an item and returns it with its position, so the screen can offer undo; the server keeps
 * the copy that undo restores. Deleting from the running sprint is logged as a scope change. A poker
 * round still voting on the item is closed unrevealed: its hidden votes are dropped, never shown (no
 * screen could reveal them, and they held up the workspace export); an undo brings the item back, not them.
 */
export async function deleteItem(ctx: ServiceContext, input: { teamId: string; itemId: string }): Promise<ItemRemoval> {
  const { items, sprints } = teamOf(ctx.store.snapshot(), input.teamId);
  const index = items.findIndex((i) => i.id === input.itemId);
  const item = items[index];
  if (!item) throw new DomainError('not_found', 'The item was not found. It may already be deleted.');
  const inClosedSprint = sprints.some((s) => s.id === item.sprintId && s.state === 'closed');
  const at = ctx.now().toISOString();
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    // Filtered from the original list: filtering the draft would make a draft of every item.
    team.items = replacementList(originalList(team.items).filter((i) => i.id !== input.itemId));
    // An imported item deleted here stays deleted when the same export is imported again.
    if (item.source) team.deletedSources.push({ ...item.source });
    const why = { reason: 'Deleted from the backlog', planned: !item.unplanned };
    const running = runningSprintOf(team, item.sprintId);
    if (running)
      running.scopeChanges.push(removalOf(item, why, at, newId(), { sprint: running, settings: team.settings }));
    // Found in the original list, so only the rounds changed are drafted.
    for (const { id, itemId, state } of originalList(team.estimationRounds)) {
      if (itemId !== input.itemId || state !== 'voting') continue;
      Object.assign(findIn(team.estimationRounds, id, 'The estimation round'), {
        state: 'superseded',
        votes: [],
        closedAt: at,
      });
    }
  });
  keepDeleted(ctx.store, input.teamId, { item, index, inClosedSprint });
  return { item, index, sprint: sprintAfter(ws, input.teamId, item.sprintId) };
}

function sprintAfter(ws: Workspace, teamId: string, sprintId: string | null): Sprint | null {
  return runningSprintOf(teamOf(ws, teamId), sprintId);
}

/**
 * Where an undone delete puts the item: back in its sprint while that is still open (planned or
 * running), or when it was closed already at the delete (a done item of a past sprint: its review, retro and
 * reports count it, and nothing of the sprint changed); in the backlog if the sprint has gone or closed
 * meanwhile, as plain work to plan again (not unplanned work of no sprint), since a closed sprint's scope no
 * longer changes.
 */
function restoredPlace(
  team: Pick<TeamDoc, 'sprints'>,
  copy: Pick<DeletedCopy, 'item' | 'inClosedSprint'>,
): Pick<BacklogItem, 'sprintId' | 'unplanned'> {
  const { item } = copy;
  const sprint = team.sprints.find((s) => s.id === item.sprintId);
  if (!sprint || (sprint.state === 'closed' && !copy.inClosedSprint)) return { sprintId: null, unplanned: false };
  return { sprintId: sprint.id, unplanned: item.unplanned };
}

/**
 * Undo of deleteItem: puts back, where it was, the copy the server kept. Its sprint may have gone or
 * closed meanwhile (then it returns to the backlog), and so may its owner; back in a running sprint it
 * is logged as a scope change.
 */
export async function restoreItem(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string },
): Promise<ItemRemoval> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  if (team.items.some((i) => i.id === input.itemId)) {
    throw new DomainError('conflict', 'This item is already in the backlog.');
  }
  const copy = deletedCopy(ctx.store, input.teamId, input.itemId);
  if (!copy) {
    throw new DomainError(
      'not_found',
      'This deletion can no longer be undone: Cadence was restarted, or all data was restored or replaced, since.',
    );
  }
  const at = ctx.now().toISOString();
  const place = restoredPlace(team, copy);
  const { sprintId } = place;
  const ownerId = team.members.some((m) => m.id === copy.item.ownerId) ? copy.item.ownerId : null;
  // Its estimate comes back as it was, on the team's scale or not (the scale may have changed since): the item
  // held it, as an edit keeps it (withoutLeftovers).
  const item = BacklogItemSchema.parse({ ...copy.item, ...place, ownerId, updatedAt: at });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    t.items.splice(Math.max(0, Math.min(t.items.length, copy.index)), 0, item);
    const source = item.source;
    if (source) t.deletedSources = t.deletedSources.filter((s) => sourceId(s) !== sourceId(source));
    const why = { reason: 'Deletion undone', planned: !item.unplanned };
    runningSprintOf(t, sprintId)?.scopeChanges.push(
      scopeChange(item, 'added', { before: null, after: item.points }, why, at, newId()),
    );
  });
  forgetDeleted(ctx.store, input.teamId, input.itemId);
  const saved = teamOf(ws, input.teamId).items;
  return {
    item: findIn(saved, item.id, 'The item'),
    index: saved.findIndex((i) => i.id === item.id),
    sprint: sprintAfter(ws, input.teamId, sprintId),
  };
}

export async function moveItem(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string; toIndex: number },
): Promise<{ itemId: string; index: number }> {
  const items = teamOf(ctx.store.snapshot(), input.teamId).items;
  const from = items.findIndex((i) => i.id === input.itemId);
  if (from === -1) throw notFound('The item');
  // A move to the place the item holds (past the end, for the last item) changes nothing: it is answered as
  // done, and nothing is written, so the team's file and a shared team's changes stay as they were.
  if (moveTarget(items.length, input.toIndex) === from) return { itemId: input.itemId, index: from };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    // The original list, not the draft: moving through the draft would make a draft of every item.
    team.items = replacementList(moveById(originalList(team.items), input.itemId, input.toIndex));
  });
  return { itemId: input.itemId, index: teamOf(ws, input.teamId).items.findIndex((i) => i.id === input.itemId) };
}
