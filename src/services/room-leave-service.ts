import type { EstimationRound } from '../domain/planning/estimation';
import type { Retro, RetroVote } from '../domain/retro/schema';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

/** What a person who leaves the room from their phone takes back, or lets go of: see the functions below. */

/** A poker round whose votes are still secret and may still change: nobody has seen them yet. */
const stillVoting = (round: EstimationRound) => round.state === 'voting';

/** A retro whose dots are still being placed: once voting ends they are the meeting's record. */
const dotsOpen = (retro: Retro) => !retro.votingClosed;

/** Dots to take back from one person's on one card or group. */
export interface DotsTakenBack {
  retroId: string;
  targetId: string;
  count: number;
}

/**
 * Takes back a person's votes that are still secret, those the room names (what was cast from the place they give
 * up): their card in the rounds named that are still voting, and the dots named in retros whose voting has not
 * ended. For a person who leaves the room from their phone (often someone who picked another's name by mistake): left
 * in, the vote counts under a name it is not, and whoever takes the name next is shown it as their own ("Your vote:
 * 5"). What the name's owner cast before (an older round left open) is not named, and stays; so do revealed votes,
 * dots of ended voting, and the round's and the retro's guests. Answers whether anything changed.
 */
export async function takeBackOpenVotes(
  ctx: ServiceContext,
  input: { teamId: string; voterId: string; roundIds: readonly string[]; dots: readonly DotsTakenBack[] },
): Promise<boolean> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  // Found in the snapshot, changed by id in the recipe, which runs at once on the same state: a draft read whole
  // would make one of every round and retro the team has kept.
  const roundIds = team.estimationRounds
    .filter((r) => input.roundIds.includes(r.id) && stillVoting(r) && r.votes.some((v) => v.memberId === input.voterId))
    .map((r) => r.id);
  const retroIds = team.retros
    .filter((r) => dotsOpen(r) && input.dots.some((d) => d.retroId === r.id && d.count > 0))
    .map((r) => r.id);
  if (roundIds.length === 0 && retroIds.length === 0) return false;
  const at = ctx.now().toISOString();
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    for (const id of roundIds) {
      const round = findIn(t.estimationRounds, id, 'The estimation round');
      round.votes = round.votes.filter((v) => v.memberId !== input.voterId);
    }
    for (const id of retroIds) {
      const retro = findIn(t.retros, id, 'The retro');
      retro.votes = withoutDots(
        retro.votes,
        input.voterId,
        input.dots.filter((d) => d.retroId === id),
      );
      // No dot of theirs is left to keep secret: dots the facilitator enters for the name later show on the screen.
      if (retro.deviceVoters && !retro.votes.some((v) => v.voterId === input.voterId)) {
        retro.deviceVoters = retro.deviceVoters.filter((v) => v !== input.voterId);
      }
      retro.updatedAt = at;
    }
  });
  return true;
}

/** The retro's dots less those taken back, never below none; a card or group left with none loses its entry. */
function withoutDots(votes: readonly RetroVote[], voterId: string, back: readonly DotsTakenBack[]): RetroVote[] {
  return votes.flatMap((v) => {
    if (v.voterId !== voterId) return [v];
    const taken = back.filter((d) => d.targetId === v.targetId).reduce((sum, d) => sum + d.count, 0);
    if (taken <= 0) return [v];
    const count = v.count - Math.min(taken, v.count);
    return count > 0 ? [{ ...v, count }] : [];
  });
}

/**
 * Lets go of what a person raised at the standup from a place in the room they are leaving (the blockers and topics
 * they sent from it): they stay on the board, but no longer under the name, which was often not theirs. A blocker
 * keeps no owner, as a guest's, for the facilitator to assign (else whoever takes the name next finds it under "What
 * you raised"); a topic no longer asks the name to stay. Blockers reassigned since are left as they are. Answers
 * whether anything changed.
 */
export async function disownRaised(
  ctx: ServiceContext,
  input: { teamId: string; memberId: string; blockerIds: readonly string[]; topicIds: readonly string[] },
): Promise<boolean> {
  const blockerIds = new Set(input.blockerIds);
  const topicIds = new Set(input.topicIds);
  const owned = (b: { id: string; ownerId: string | null }) => blockerIds.has(b.id) && b.ownerId === input.memberId;
  const staying = (t: { id: string; stayIds: readonly string[] }) =>
    topicIds.has(t.id) && t.stayIds.includes(input.memberId);
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const blockers = team.blockers.filter(owned).map((b) => b.id);
  const topics = team.parkingLot.filter(staying).map((t) => t.id);
  if (blockers.length === 0 && topics.length === 0) return false;
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    for (const id of blockers) findIn(t.blockers, id, 'The blocker').ownerId = null;
    for (const id of topics) {
      const topic = findIn(t.parkingLot, id, 'The topic');
      topic.stayIds = topic.stayIds.filter((stay) => stay !== input.memberId);
    }
  });
  return true;
}
