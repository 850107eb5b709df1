import {
  cardOf,
  EstimationRoundSchema,
  noCountedVoteReason,
  scaleOfRound,
  votesThatCount,
  type EstimationRound,
} from '../domain/planning/estimation';
import { checkMember, checkPointsEditable, logReestimate } from '../domain/planning/rules';
import { DomainError, invalid } from '../domain/shared/errors';
import { checkGuest, withGuest, type Guest } from '../domain/shared/guests';
import { newId } from '../domain/shared/ids';
import { describeScale, isOnScale } from '../domain/team/scales';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { planningUpdate, type PlanningUpdate } from './planning-update';

/** Planning poker: hidden votes, reveal, re-vote, accept. Every round stays as the item's history. */

function roundOf(team: TeamDoc, roundId: string): EstimationRound {
  return findIn(team.estimationRounds, roundId, 'The estimation round');
}

function isOpen(round: EstimationRound): boolean {
  return round.state === 'voting' || round.state === 'revealed';
}

/** Refuses any call on a closed round, saying why it closed (a script or a second screen may still hold it). */
function checkOpen(round: EstimationRound): void {
  if (round.state === 'accepted') {
    throw new DomainError(
      'conflict',
      'This round is closed: its estimate was accepted. Estimate the item again to change it.',
    );
  }
  if (round.state === 'superseded') {
    throw new DomainError('conflict', 'This round is closed: a re-vote replaced it. Vote in the newest round.');
  }
}

/** Opens a round on an item, or returns the round already open on it. */
export async function startEstimation(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const item = findIn(team.items, input.itemId, 'The item');
  // A closed sprint's points are its record: no round to change them.
  checkPointsEditable(item, { points: item.points }, team.sprints);
  const rounds = team.estimationRounds.filter((r) => r.itemId === item.id);
  const open = rounds.find(isOpen);
  if (open) return planningUpdate(ctx.store.snapshot(), input.teamId, { rounds: [open.id] });
  const round = EstimationRoundSchema.parse({
    id: newId(),
    itemId: item.id,
    number: rounds.length + 1,
    state: 'voting',
    startedAt: ctx.now().toISOString(),
    scale: team.settings.pointScale,
  });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).estimationRounds.push(round);
  });
  return planningUpdate(ws, input.teamId, { rounds: [round.id] });
}

/** Records (or with card null, withdraws) one member's hidden vote. */
export async function castVote(
  ctx: ServiceContext,
  input: { teamId: string; roundId: string; memberId: string; card: string | null },
  /** A guest voting from their own device in the room (never reachable through the api's contract). */
  guest?: Guest,
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const round = roundOf(team, input.roundId);
  checkOpen(round);
  if (round.state !== 'voting') throw new DomainError('conflict', 'Votes are revealed; start a re-vote to vote again.');
  if (guest) checkGuest(team.members, guest, input.memberId);
  else checkMember(team.members, input.memberId);
  const scale = scaleOfRound(round, team.settings.pointScale);
  const card = input.card === null ? null : cardOf(scale, input.card);
  if (input.card !== null && !card) {
    throw invalid('card', `"${input.card}" is not a card of this deck (${describeScale(scale)}, ?, coffee, pass).`);
  }
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const r = findIn(findTeam(draft.teams, input.teamId).estimationRounds, input.roundId, 'The estimation round');
    r.votes = r.votes.filter((v) => v.memberId !== input.memberId);
    if (card) r.votes.push({ memberId: input.memberId, card: card.label, value: card.value });
    if (guest) r.guests = withGuest(r.guests, guest);
  });
  return planningUpdate(ws, input.teamId, { rounds: [round.id] });
}

/**
 * A guest the facilitator removed from the room is no longer a voter of the team's open rounds: their vote stays
 * in the round's record but counts nowhere (`votesThatCount`), on the shared screen and the phones alike. Left
 * counting, it would be waited for ("2 of 4 voted" for good), and counted twice when the guest joins again (under
 * a new guest id) and votes again. Closed rounds are history and stay as they are. Answers whether one changed.
 */
export function removeGuestVoter(ctx: ServiceContext, input: { teamId: string; guestId: string }): Promise<boolean> {
  return dropRoundGuests(ctx, input.teamId, isOpen, (g) => g.id === input.guestId);
}

/**
 * A room opened afresh starts with nobody in it: the guests of an earlier room (closed, or gone with the app) can
 * only join again under new guest ids, so, as for a removed guest, their votes in a round still voting stop
 * counting; else one who joins again and votes again is counted twice. A revealed round keeps its figures.
 */
export function dropEarlierRoomGuests(ctx: ServiceContext, input: { teamId: string }): Promise<boolean> {
  return dropRoundGuests(
    ctx,
    input.teamId,
    (r) => r.state === 'voting',
    () => true,
  );
}

async function dropRoundGuests(
  ctx: ServiceContext,
  teamId: string,
  rounds: (round: EstimationRound) => boolean,
  dropped: (guest: Guest) => boolean,
): Promise<boolean> {
  const team = teamOf(ctx.store.snapshot(), teamId);
  const roundIds = team.estimationRounds.filter((r) => rounds(r) && r.guests.some(dropped)).map((r) => r.id);
  if (roundIds.length === 0) return false;
  await ctx.store.mutate({ teamId }, (draft) => {
    const all = findTeam(draft.teams, teamId).estimationRounds;
    for (const id of roundIds) {
      const r = findIn(all, id, 'The estimation round');
      r.guests = r.guests.filter((g) => !dropped(g));
    }
  });
  return true;
}

export async function revealVotes(
  ctx: ServiceContext,
  input: { teamId: string; roundId: string },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const round = roundOf(team, input.roundId);
  checkOpen(round);
  if (round.state !== 'voting') throw new DomainError('conflict', 'These votes are already revealed.');
  const { counted, leftOut } = votesThatCount(round, team.members);
  if (counted.length === 0) {
    // A vote of someone taken off the team, or of a guest removed from the room, does not count: the results
    // would show none.
    throw new DomainError('invalid_input', `${noCountedVoteReason(leftOut)}; enter at least one vote.`);
  }
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const r = findIn(findTeam(draft.teams, input.teamId).estimationRounds, input.roundId, 'The estimation round');
    r.state = 'revealed';
    r.revealedAt = ctx.now().toISOString();
  });
  return planningUpdate(ws, input.teamId, { rounds: [round.id] });
}

/** Closes the round (kept in history) and opens a fresh one on the same item. */
export async function revote(ctx: ServiceContext, input: { teamId: string; roundId: string }): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const round = roundOf(team, input.roundId);
  checkOpen(round);
  const at = ctx.now().toISOString();
  const next = EstimationRoundSchema.parse({
    id: newId(),
    itemId: round.itemId,
    number: team.estimationRounds.filter((r) => r.itemId === round.itemId).length + 1,
    state: 'voting',
    startedAt: at,
    // A re-vote goes on with the same deck.
    scale: scaleOfRound(round, team.settings.pointScale),
  });
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const r = findIn(t.estimationRounds, input.roundId, 'The estimation round');
    r.state = 'superseded';
    r.closedAt = at;
    t.estimationRounds.push(next);
  });
  return planningUpdate(ws, input.teamId, { rounds: [round.id, next.id] });
}

/** Saves the estimate on the item; on an item of the active sprint a changed estimate is a scope change. */
export async function acceptEstimate(
  ctx: ServiceContext,
  input: { teamId: string; roundId: string; points: number; reason?: string | undefined },
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const round = roundOf(team, input.roundId);
  checkOpen(round);
  if (round.state !== 'revealed') throw new DomainError('conflict', 'Reveal the votes before accepting an estimate.');
  const scale = scaleOfRound(round, team.settings.pointScale);
  if (!isOnScale(scale, input.points)) {
    throw invalid('points', `${input.points} is not on this team's point scale (${describeScale(scale)}).`);
  }
  const item = findIn(team.items, round.itemId, 'The item');
  // A round left open when the item's sprint closed cannot change the sprint's record (the same points close it).
  if (input.points !== item.points) checkPointsEditable(item, { points: input.points }, team.sprints);
  const at = ctx.now().toISOString();
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const r = findIn(t.estimationRounds, input.roundId, 'The estimation round');
    r.state = 'accepted';
    r.acceptedPoints = input.points;
    r.closedAt = at;
    const i = findIn(t.items, item.id, 'The item');
    const reason = input.reason?.trim() || 'Re-estimated in planning poker';
    logReestimate(t, i, input.points, { reason, at, id: newId() });
    i.points = input.points;
    i.updatedAt = at;
  });
  const sprint = item.sprintId ? team.sprints.find((s) => s.id === item.sprintId) : undefined;
  return planningUpdate(ws, input.teamId, {
    rounds: [round.id],
    items: [item.id],
    sprints: sprint ? [sprint.id] : [],
  });
}
