import type { EstimationRound } from '../planning/estimation';
import { NO_SCORES } from '../retro/health';
import { phasesOf } from '../retro/phases';
import type { HealthCheck, Retro, RetroCard } from '../retro/schema';
import { topicsOf } from '../retro/voting';
import { isGuestId } from '../shared/guests';
import type { TeamDoc } from '../workspace';
import { quote } from '../shared/words';

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

/**
 * Who dotted on this retro from their own device: every guest (guests vote only there) and each member the
 * retro records in `deviceVoters`. It is stored with the retro rather than asked of the room, because "in the
 * room right now" ends with a Remove, a Close room or a restart while voting is still open.
 */
export function dottedOnDevice(retro: Pick<Retro, 'deviceVoters'>): (voterId: string) => boolean {
  const members = new Set(retro.deviceVoters ?? []);
  return (voterId) => isGuestId(voterId) || members.has(voterId);
}

/** Whether a dot of this retro is still secret: voting is open and it was placed from a device. */
export function dotsSecret(retro: Pick<Retro, 'votingClosed' | 'deviceVoters'>): (voterId: string) => boolean {
  if (retro.votingClosed) return () => false;
  return dottedOnDevice(retro);
}

/** Dots of people voting on their own devices, while voting is open: one count per person, no target. */
function hideDots(votes: Retro['votes'], secret: (voterId: string) => boolean): Retro['votes'] {
  const used = new Map<string, number>();
  const open: Retro['votes'] = [];
  for (const v of votes) {
    if (secret(v.voterId)) used.set(v.voterId, (used.get(v.voterId) ?? 0) + v.count);
    else open.push(v);
  }
  return [...open, ...[...used].map(([voterId, count]) => ({ voterId, targetId: HIDDEN_TARGET, count }))];
}

/**
 * The shared screen's copy of a retro, poker round and team: hidden means hidden there too, so the
 * facilitator's own api answers placeholders and counts until reveal. Dots placed from a device stay theirs
 * until voting ends (`dottedOnDevice`); `inRoom` adds the people in the room now, for whom the screen cannot
 * vote. Dots the facilitator entered on the screen for someone without a phone are shown: the room saw them.
 */
export function screenRetro(retro: Retro, inRoom: (memberId: string) => boolean = () => false): Retro {
  const cards = cardsHidden(retro) ? retro.cards.map(hiddenCard) : retro.cards;
  if (retro.votingClosed) return { ...retro, cards };
  const fromDevice = dottedOnDevice(retro);
  return { ...retro, cards, votes: hideDots(retro.votes, (id) => fromDevice(id) || inRoom(id)) };
}

/** Whether a poker round holds votes nobody may see yet: it is still voting and someone has voted. */
export function votesUnrevealed(round: Pick<EstimationRound, 'state' | 'votes'>): boolean {
  return round.state === 'voting' && round.votes.length > 0;
}

/**
 * The rounds whose hidden votes are still to be revealed: those of `votesUnrevealed` on an item the team has. A
 * round left voting on a deleted item (deleting closes it now; older versions did not) can never be revealed, as
 * no screen shows it: it holds nothing to wait for, and its votes stay secret (`withoutLostVotes`).
 */
function roundsToReveal(team: Pick<TeamDoc, 'items' | 'estimationRounds'>): EstimationRound[] {
  const open = team.estimationRounds.filter(votesUnrevealed);
  if (open.length === 0) return open;
  const items = new Set(team.items.map((i) => i.id));
  return open.filter((r) => items.has(r.itemId));
}

/** The team as an export holds it: the hidden votes of a round that can never be revealed are left out. */
export function withoutLostVotes(team: TeamDoc): TeamDoc {
  const kept = new Set(roundsToReveal(team));
  const lost = (r: EstimationRound) => votesUnrevealed(r) && !kept.has(r);
  if (!team.estimationRounds.some(lost)) return team;
  return { ...team, estimationRounds: team.estimationRounds.map((r) => (lost(r) ? { ...r, votes: [] } : r)) };
}

export function screenRound(round: EstimationRound): EstimationRound {
  if (round.state !== 'voting') return round;
  return { ...round, votes: round.votes.map((v) => ({ memberId: v.memberId, card: HIDDEN_VOTE, value: null })) };
}

/**
 * Whether a health check holds answers from phones that are still coming in: it came from the room (it counts
 * answers) and its retro is at the check-in. Its medians move with each answer while the room's panel ticks who
 * answered, and with one answer in they are that person's own scores: the shared screen sees them once the
 * check-in ends, as dots once voting ends.
 */
export function healthAnswersOpen(
  check: Pick<HealthCheck, 'retroId' | 'answers'>,
  retros: readonly Pick<Retro, 'id' | 'phase'>[],
): boolean {
  return check.answers !== undefined && retros.some((r) => r.id === check.retroId && r.phase === 'checkin');
}

/**
 * A check whose answers are still coming in, as the shared screen gets it: how many people answered (the room's
 * panel ticks who, so the count tells nothing more), not what they scored. With it the check-in can say that
 * answers are waiting, and ask before scores saved on the screen replace them, also once the room is closed.
 */
const answersOnly = (check: HealthCheck): HealthCheck => ({ ...check, scores: NO_SCORES });

export function screenTeam(team: TeamDoc, inRoom: (memberId: string) => boolean = () => false): TeamDoc {
  const open = team.healthChecks.some((c) => healthAnswersOpen(c, team.retros));
  return {
    ...team,
    retros: team.retros.map((r) => screenRetro(r, inRoom)),
    estimationRounds: team.estimationRounds.map(screenRound),
    healthChecks: open
      ? team.healthChecks.map((c) => (healthAnswersOpen(c, team.retros) ? answersOnly(c) : c))
      : team.healthChecks,
  };
}

/**
 * What an export of the retro may hold, given the screen's copy. Hidden cards stay out until they are revealed
 * (a placeholder has no text), and so does what points at them (groups, votes, topic notes and timers, an
 * action's link); a dot still secret stays out too (the screen's copy points it at HIDDEN_TARGET). What is
 * left must pass the import's own check (RetroExportSchema): a vote at a topic not in the file refused it.
 */
export function exportableRetro(retro: Retro): Retro {
  if (cardsHidden(retro)) {
    // Topic timers are keyed "topic:<card or group id>"; phase timers stay.
    const timers = Object.entries(retro.timers).filter(([key]) => !key.startsWith('topic:'));
    return {
      ...retro,
      cards: [],
      groups: [],
      votes: [],
      notes: [],
      timers: Object.fromEntries(timers),
      actions: retro.actions.map((a) => (a.sourceId === null ? a : { ...a, sourceId: null })),
    };
  }
  const topics = new Set(topicsOf(retro).map((t) => t.id));
  // Also when handed the stored retro: the file never says where a secret dot went.
  const secret = dotsSecret(retro);
  return { ...retro, votes: retro.votes.filter((v) => topics.has(v.targetId) && !secret(v.voterId)) };
}

/** What an export leaves out that the retro holds, in words for the export bar (null when nothing). */
export function leftOutOfExport(screen: Retro): string | null {
  if (cardsHidden(screen) && screen.cards.length > 0) {
    return 'The cards are hidden: exports leave them out, with their groups, dots, notes and links, until they are revealed.';
  }
  if (screen.votes.some((v) => v.targetId === HIDDEN_TARGET)) {
    return 'Dots placed on phones stay secret while voting is open: exports leave them out until voting ends.';
  }
  return null;
}

/**
 * What of a team the shared screen still withholds, in words (empty when nothing): hidden cards, dots placed
 * from devices while voting is open, and the votes of a poker round still voting (`roundsToReveal`).
 */
export function unrevealedSecrets(team: TeamDoc): string[] {
  const secrets: string[] = [];
  for (const retro of team.retros) {
    if (cardsHidden(retro) && retro.cards.length > 0) secrets.push(`${quote(retro.title)} has hidden cards`);
    const secret = dotsSecret(retro);
    if (retro.votes.some((v) => secret(v.voterId))) {
      secrets.push(`${quote(retro.title)} has dots placed on phones and voting is open`);
    }
    if (team.healthChecks.some((c) => c.retroId === retro.id && healthAnswersOpen(c, [retro]))) {
      secrets.push(`${quote(retro.title)} has health scores from phones and the check-in is open`);
    }
  }
  for (const round of roundsToReveal(team)) {
    const title = team.items.find((i) => i.id === round.itemId)?.title ?? 'a deleted item';
    secrets.push(
      `the poker round on ${quote(title)} has votes not revealed yet (reveal them in Planning, Estimate view)`,
    );
  }
  return secrets.map((s) => `${team.name}: ${s}`);
}
