import type { EstimationRound } from '../planning/estimation';
import { phasesOf } from '../retro/phases';
import type { Retro, RetroCard } from '../retro/schema';
import type { TeamDoc } from '../workspace';

/** What a hidden poker vote shows in place of its card: that someone voted, not what. */
export const HIDDEN_VOTE = 'hidden';

/** Cards are hidden while people write, until the facilitator reveals them or the retro moves on. */
export function cardsHidden(retro: Pick<Retro, 'kind' | 'phase' | 'revealed'>): boolean {
  if (retro.revealed) return false;
  const phases = phasesOf(retro.kind) as readonly string[];
  return phases.indexOf(retro.phase) <= phases.indexOf('write');
}

/** A hidden card keeps its id and column (for counts and placeholders); its text and author stay behind. */
export function hiddenCard(card: RetroCard): RetroCard {
  return { id: card.id, columnId: card.columnId, text: '', groupId: card.groupId, createdAt: card.createdAt };
}

/** Where a hidden dot vote points: the screen learns how many dots a person used, not where. */
export const HIDDEN_TARGET = 'hidden';

/** Dots of people voting on their own devices, while voting is open: one count per person, no target. */
function hideDots(votes: Retro['votes'], onDevice: (voterId: string) => boolean): Retro['votes'] {
  const used = new Map<string, number>();
  const open: Retro['votes'] = [];
  for (const v of votes) {
    if (onDevice(v.voterId)) used.set(v.voterId, (used.get(v.voterId) ?? 0) + v.count);
    else open.push(v);
  }
  return [...open, ...[...used].map(([voterId, count]) => ({ voterId, targetId: HIDDEN_TARGET, count }))];
}

/**
 * The shared screen's copy of a retro, poker round and team: hidden means hidden there too, so the
 * facilitator's own api answers placeholders and counts until reveal. `onDevice` names the people voting
 * on their own devices (the room): their dots stay theirs until voting ends.
 */
export function screenRetro(retro: Retro, onDevice: (memberId: string) => boolean = () => false): Retro {
  const cards = cardsHidden(retro) ? retro.cards.map(hiddenCard) : retro.cards;
  const votes = retro.votingClosed ? retro.votes : hideDots(retro.votes, onDevice);
  return { ...retro, cards, votes };
}

export function screenRound(round: EstimationRound): EstimationRound {
  if (round.state !== 'voting') return round;
  return { ...round, votes: round.votes.map((v) => ({ memberId: v.memberId, card: HIDDEN_VOTE, value: null })) };
}

export function screenTeam(team: TeamDoc, onDevice: (memberId: string) => boolean = () => false): TeamDoc {
  return {
    ...team,
    retros: team.retros.map((r) => screenRetro(r, onDevice)),
    estimationRounds: team.estimationRounds.map(screenRound),
  };
}

/** What an export of the retro may hold: hidden cards stay out until they are revealed (a placeholder has no text). */
export function exportableRetro(retro: Retro): Retro {
  return cardsHidden(retro) ? { ...retro, cards: [] } : retro;
}
