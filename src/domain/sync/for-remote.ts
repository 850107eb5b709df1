import { cardsHidden, dotsSecret, healthAnswersOpen, votesUnrevealed } from '../room/redact';
import type { EstimationRound } from '../planning/estimation';
import type { HealthCheck, Retro } from '../retro/schema';
import type { TeamDoc } from '../workspace';

/**
 * What of a team may leave this machine for the shared remote: the secrets the room and the exports keep
 * (src/domain/room/redact.ts) stay here until revealed. Hidden retro cards are left out (not blanked: a
 * blank card would read as an edit on the other machines), a retro still voting goes without the dots
 * placed from devices (those entered on the shared screen go: the room saw them), a poker round still
 * voting goes without its votes, and a health check still taking answers from phones goes as the remote last
 * had it, or not at all (with one answer in, its scores are that person's own). The merge keeps them here, as
 * additions the remote never had.
 *
 * `remote` is what the remote holds now, if known: a card it already has (revealed once, hidden again) is
 * sent as it is, so hiding it again does not read as a deletion on the other machines.
 */
export function forRemote(team: TeamDoc, remote: TeamDoc | null = null): TeamDoc {
  const remoteCards = (retroId: string) =>
    new Set(remote?.retros.find((r) => r.id === retroId)?.cards.map((c) => c.id) ?? []);
  return {
    ...team,
    retros: team.retros.map((r) => withheldDots(withheldCards(r, remoteCards(r.id)))),
    estimationRounds: team.estimationRounds.map(withheldVotes),
    healthChecks: withheldHealthChecks(team, remote),
  };
}

function withheldHealthChecks(team: TeamDoc, remote: TeamDoc | null): HealthCheck[] {
  if (!team.healthChecks.some((c) => healthAnswersOpen(c, team.retros))) return team.healthChecks;
  const shared = new Map(remote?.healthChecks.map((c) => [c.id, c]) ?? []);
  return team.healthChecks.flatMap((check) => {
    if (!healthAnswersOpen(check, team.retros)) return [check];
    const before = shared.get(check.id);
    return before ? [before] : [];
  });
}

function withheldCards(retro: Retro, alreadyShared: ReadonlySet<string>): Retro {
  if (!cardsHidden(retro)) return retro;
  return { ...retro, cards: retro.cards.filter((c) => alreadyShared.has(c.id)) };
}

function withheldDots(retro: Retro): Retro {
  const secret = dotsSecret(retro);
  return retro.votes.some((v) => secret(v.voterId))
    ? { ...retro, votes: retro.votes.filter((v) => !secret(v.voterId)) }
    : retro;
}

function withheldVotes(round: EstimationRound): EstimationRound {
  return votesUnrevealed(round) ? { ...round, votes: [] } : round;
}
