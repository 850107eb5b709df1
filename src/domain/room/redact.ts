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

/**
 * The shared screen's copy of a retro, poker round and team: hidden means hidden there too, so the
 * facilitator's own api answers placeholders and counts until reveal.
 */
export function screenRetro(retro: Retro): Retro {
  return cardsHidden(retro) ? { ...retro, cards: retro.cards.map(hiddenCard) } : retro;
}

export function screenRound(round: EstimationRound): EstimationRound {
  if (round.state !== 'voting') return round;
  return { ...round, votes: round.votes.map((v) => ({ memberId: v.memberId, card: HIDDEN_VOTE, value: null })) };
}

export function screenTeam(team: TeamDoc): TeamDoc {
  return { ...team, retros: team.retros.map(screenRetro), estimationRounds: team.estimationRounds.map(screenRound) };
}

/** What an export of the retro may hold: hidden cards stay out until they are revealed (a placeholder has no text). */
export function exportableRetro(retro: Retro): Retro {
  return cardsHidden(retro) ? { ...retro, cards: [] } : retro;
}
