import { groupCard, mergeGroups, removeCard, ungroupCard } from '../domain/retro/grouping';
import type { Retro } from '../domain/retro/schema';
import { groupTitle, isTopic, setVotes, voteRefusal, votesOn } from '../domain/retro/voting';
import { DomainError, invalid, notFound } from '../domain/shared/errors';
import { checkGuest, withGuest, type Guest } from '../domain/shared/guests';
import { newId } from '../domain/shared/ids';
import type { ServiceContext } from './context';
import { changeRetro } from './retro-common';
import { quote } from '../domain/shared/words';

type Ref = { teamId: string; retroId: string };

export function addRetroCard(
  ctx: ServiceContext,
  input: Ref & { columnId: string; text: string; authorId?: string | null | undefined },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) => {
    if (!r.columns.some((c) => c.id === input.columnId)) throw invalid('columnId', 'That column is not in this retro.');
    if (input.authorId && !team.members.some((m) => m.id === input.authorId)) {
      throw invalid('authorId', 'The author is not a member of this team.');
    }
    // Anonymous cards get no authorId key at all, not even null.
    const card = {
      id: newId(),
      columnId: input.columnId,
      text: input.text,
      groupId: null,
      createdAt: ctx.now().toISOString(),
      ...(input.authorId ? { authorId: input.authorId } : {}),
    };
    return { ...r, cards: [...r.cards, card] };
  });
}

export function updateRetroCard(ctx: ServiceContext, input: Ref & { cardId: string; text: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!r.cards.some((c) => c.id === input.cardId)) throw notFound('The card');
    return { ...r, cards: r.cards.map((c) => (c.id === input.cardId ? { ...c, text: input.text } : c)) };
  });
}

export function deleteRetroCard(ctx: ServiceContext, input: Ref & { cardId: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!r.cards.some((c) => c.id === input.cardId)) throw notFound('The card');
    return removeCard(r, input.cardId);
  });
}

export function revealRetroCards(ctx: ServiceContext, input: Ref & { revealed: boolean }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => ({ ...r, revealed: input.revealed }));
}

export function groupRetroCard(ctx: ServiceContext, input: Ref & { cardId: string; ontoId: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) =>
    groupCard(r, input.cardId, input.ontoId, newId(), team.settings.retroMaxVotesPerCard),
  );
}

export function ungroupRetroCard(ctx: ServiceContext, input: Ref & { cardId: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => ungroupCard(r, input.cardId));
}

export function mergeRetroGroups(
  ctx: ServiceContext,
  input: Ref & { groupId: string; intoId: string },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) =>
    mergeGroups(r, input.groupId, input.intoId, team.settings.retroMaxVotesPerCard),
  );
}

export function titleRetroGroup(ctx: ServiceContext, input: Ref & { groupId: string; title: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!r.groups.some((g) => g.id === input.groupId)) throw notFound('The group');
    return { ...r, groups: r.groups.map((g) => (g.id === input.groupId ? { ...g, title: input.title } : g)) };
  });
}

type DotsInput = Ref & { voterId: string; targetId: string; delta: number };

/** Where dots come from: a person's own device in the room (a guest's too), or the shared screen. */
type DotsSource = { device: true; guest?: Guest | undefined } | { device: false };

/** Remembers on the retro that a member dotted from their own device, so those dots stay secret till voting ends. */
function withDeviceVoter(retro: Retro, voterId: string): Retro {
  const known = retro.deviceVoters ?? [];
  return known.includes(voterId) ? retro : { ...retro, deviceVoters: [...known, voterId] };
}

/**
 * Adds or takes back one person's dots on a card or group, relative to what is stored, so two quick
 * clicks count twice. Over the budget or the per-card cap is refused.
 */
function changeDots(ctx: ServiceContext, input: DotsInput, source: DotsSource): Promise<Retro> {
  const guest = source.device ? source.guest : undefined;
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) => {
    if (r.votingClosed) throw new DomainError('conflict', 'Voting has ended; reopen it to change votes.');
    if (guest) checkGuest(team.members, guest, input.voterId);
    else if (!team.members.some((m) => m.id === input.voterId)) {
      throw invalid('voterId', 'The voter is not in this team.');
    }
    const rules = { votesPerPerson: team.settings.retroVotesPerPerson, maxPerCard: team.settings.retroMaxVotesPerCard };
    const count = votesOn(r.votes, input.voterId, input.targetId) + input.delta;
    if (count < 0) throw invalid('delta', 'This person has no vote on it to take back.');
    const voter = team.members.find((m) => m.id === input.voterId)?.name;
    const refusal = voteRefusal(r, rules, input.voterId, input.targetId, count, voter);
    if (refusal) throw invalid('delta', refusal);
    const votes = setVotes(r.votes, input.voterId, input.targetId, count);
    if (guest) return { ...r, votes, guests: withGuest(r.guests, guest) };
    return source.device ? withDeviceVoter({ ...r, votes }, input.voterId) : { ...r, votes };
  });
}

/**
 * A person's own dots, from their device in the room (never reachable through the api's contract): the
 * voter is recorded on the retro, and the shared screen and the remote see no more than a count from them
 * until voting ends. `guest`: a guest dotting, stored under their guest id.
 */
export function castRetroVotes(ctx: ServiceContext, input: DotsInput, guest?: Guest): Promise<Retro> {
  return changeDots(ctx, input, { device: true, guest });
}

/** Dots the facilitator enters on the shared screen for someone without a phone: the room sees them placed. */
export function enterRetroVotes(ctx: ServiceContext, input: DotsInput): Promise<Retro> {
  return changeDots(ctx, input, { device: false });
}

export function closeRetroVoting(ctx: ServiceContext, input: Ref & { closed: boolean }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => ({ ...r, votingClosed: input.closed }));
}

/**
 * Why notes cannot go on `targetId`: a card grouped since (from a phone, another window) is no topic of its own, and
 * notes on it would never show; the group's are. Anything else is gone from the board.
 */
function notTopic(r: Retro, targetId: string): DomainError {
  const group = r.groups.find((g) => g.id === r.cards.find((c) => c.id === targetId)?.groupId);
  if (!group) return notFound('The topic');
  const title = groupTitle(
    group,
    r.cards.filter((c) => c.groupId === group.id),
  );
  return invalid('targetId', `That card is in the group ${quote(title)} now: write the notes on the group.`);
}

export function setRetroTopicNotes(
  ctx: ServiceContext,
  input: Ref & { targetId: string; notes: string },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!isTopic(r, input.targetId)) throw notTopic(r, input.targetId);
    const others = r.notes.filter((n) => n.targetId !== input.targetId);
    return { ...r, notes: [...others, { targetId: input.targetId, notes: input.notes }] };
  });
}
