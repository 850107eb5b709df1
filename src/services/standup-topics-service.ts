import { activeSprintOf } from '../domain/board/cards';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { isLeftRunningAt } from '../domain/standup/left-running';
import type { Blocker, ParkingTopic } from '../domain/standup/schema';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

function checkMember(team: TeamDoc, id: string | null, path: string): void {
  if (id && !team.members.some((m) => m.id === id)) {
    throw invalid(path, 'That person is no longer on the team; pick someone else.');
  }
}

/**
 * The standup a new blocker or topic is raised at: the one named while it runs today; none once it has ended (a
 * capture dialog left open while another window ended it) or when it was left running since an earlier day. Its
 * summary is frozen, or will be as it was left, so tied to it the entry would be in no summary; raised for the team
 * it is kept, open, like one raised outside a standup.
 */
function standupIdFor(team: TeamDoc, standupId: string | null, now: Date): string | null {
  if (!standupId) return null;
  const session = findIn(team.standups, standupId, 'The standup');
  const runsToday = session.state === 'running' && !isLeftRunningAt(session, now.getTime(), team.settings.timeZone);
  return runsToday ? standupId : null;
}

/** The lists of a standup's blockers and parking-lot topics, with the word messages use for their entries. */
interface Entries {
  blockers: Blocker;
  parkingLot: ParkingTopic;
}
const ENTRY_WORD: { [L in keyof Entries]: string } = { blockers: 'The blocker', parkingLot: 'The topic' };

/**
 * Changes one blocker or topic in place: `check` sees it as stored and throws to refuse, `change` edits it in the
 * file's draft; answers it as saved.
 */
async function changeEntry<L extends keyof Entries>(
  ctx: ServiceContext,
  input: { teamId: string; list: L; id: string },
  check: (entry: Entries[L], team: TeamDoc) => void,
  change: (entry: Entries[L]) => void,
): Promise<Entries[L]> {
  const { teamId, list, id } = input;
  const entryIn = (team: TeamDoc) => findIn(team[list] as Entries[L][], id, ENTRY_WORD[list]);
  const team = teamOf(ctx.store.snapshot(), teamId);
  check(entryIn(team), team);
  const ws = await ctx.store.mutate({ teamId }, (draft) => change(entryIn(findTeam(draft.teams, teamId))));
  return entryIn(teamOf(ws, teamId));
}

export async function raiseBlocker(
  ctx: ServiceContext,
  input: { teamId: string; text: string; ownerId: string | null; standupId?: string | null | undefined },
): Promise<Blocker> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  checkMember(team, input.ownerId, 'ownerId');
  const standupId = standupIdFor(team, input.standupId ?? null, ctx.now());
  const blocker: Blocker = {
    id: newId(),
    text: input.text,
    ownerId: input.ownerId,
    raisedAt: ctx.now().toISOString(),
    resolvedAt: null,
    sprintId: activeSprintOf(team.sprints)?.id ?? null,
    standupId,
  };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).blockers.push(blocker);
  });
  return findIn(teamOf(ws, input.teamId).blockers, blocker.id, 'The blocker');
}

export async function resolveBlocker(
  ctx: ServiceContext,
  input: { teamId: string; blockerId: string },
): Promise<Blocker> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'blockers', id: input.blockerId },
    (blocker) => {
      if (blocker.resolvedAt) throw new DomainError('conflict', 'This blocker is already resolved.');
    },
    (blocker) => {
      blocker.resolvedAt = ctx.now().toISOString();
    },
  );
}

/**
 * Changes who owns a blocker (null: nobody). An owner who has left the team stays as stored when it is sent back
 * as it is; only a new owner must be on the team.
 */
export async function setBlockerOwner(
  ctx: ServiceContext,
  input: { teamId: string; blockerId: string; ownerId: string | null },
): Promise<Blocker> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'blockers', id: input.blockerId },
    (blocker, team) => {
      if (input.ownerId !== blocker.ownerId) checkMember(team, input.ownerId, 'ownerId');
    },
    (blocker) => {
      blocker.ownerId = input.ownerId;
    },
  );
}

/**
 * Corrects a blocker's text (a typo, the wrong system named); its owner, dates and links stay. A blocker outlives
 * the standup it was raised in, so it can be corrected after that standup ended: the ended standup's summary holds
 * its own copy of the text, frozen as it was, which this does not touch.
 */
export async function editBlocker(
  ctx: ServiceContext,
  input: { teamId: string; blockerId: string; text: string },
): Promise<Blocker> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'blockers', id: input.blockerId },
    () => undefined,
    (blocker) => {
      blocker.text = input.text;
    },
  );
}

/** Undoes a Resolve: the same blocker is open again, with its id and the day it was raised. */
export async function reopenBlocker(
  ctx: ServiceContext,
  input: { teamId: string; blockerId: string },
): Promise<Blocker> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'blockers', id: input.blockerId },
    (blocker) => {
      if (!blocker.resolvedAt) throw new DomainError('conflict', 'This blocker is not resolved.');
    },
    (blocker) => {
      blocker.resolvedAt = null;
    },
  );
}

export async function addParkingTopic(
  ctx: ServiceContext,
  input: { teamId: string; text: string; stayIds: string[]; standupId?: string | null | undefined },
): Promise<ParkingTopic> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  input.stayIds.forEach((id) => checkMember(team, id, 'stayIds'));
  const standupId = standupIdFor(team, input.standupId ?? null, ctx.now());
  const topic: ParkingTopic = {
    id: newId(),
    text: input.text,
    stayIds: [...new Set(input.stayIds)],
    raisedAt: ctx.now().toISOString(),
    closedAt: null,
    sprintId: activeSprintOf(team.sprints)?.id ?? null,
    standupId,
  };
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).parkingLot.push(topic);
  });
  return findIn(teamOf(ws, input.teamId).parkingLot, topic.id, 'The topic');
}

/** Marks a parking-lot topic as discussed. */
export async function closeParkingTopic(
  ctx: ServiceContext,
  input: { teamId: string; topicId: string },
): Promise<ParkingTopic> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'parkingLot', id: input.topicId },
    (topic) => {
      if (topic.closedAt) throw new DomainError('conflict', 'This topic is already marked as discussed.');
    },
    (topic) => {
      topic.closedAt = ctx.now().toISOString();
    },
  );
}

/**
 * Corrects a parked topic's text; who should stay and its dates stay. Like a blocker, it can be corrected after its
 * standup ended: that standup's summary keeps the text it froze.
 */
export async function editParkingTopic(
  ctx: ServiceContext,
  input: { teamId: string; topicId: string; text: string },
): Promise<ParkingTopic> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'parkingLot', id: input.topicId },
    () => undefined,
    (topic) => {
      topic.text = input.text;
    },
  );
}

/** Undoes a "Discussed": the same topic is open again, with its id and the day it was raised. */
export async function reopenParkingTopic(
  ctx: ServiceContext,
  input: { teamId: string; topicId: string },
): Promise<ParkingTopic> {
  return changeEntry(
    ctx,
    { teamId: input.teamId, list: 'parkingLot', id: input.topicId },
    (topic) => {
      if (!topic.closedAt) throw new DomainError('conflict', 'This topic is not marked as discussed.');
    },
    (topic) => {
      topic.closedAt = null;
    },
  );
}
