import type { TakeBackCounts } from '../domain/room/protocol';
import type { TeamDoc } from '../domain/workspace';
import type { DotsTakenBack } from '../services/room-leave-service';
import type { RoomSession } from './session';

/** What Leave the room or Remove would take back from a person's place now: see `placeTakeBack`. */
export interface PlaceTakeBack {
  /** Poker rounds still voting that hold the vote the place cast. */
  roundIds: string[];
  /** Dots the place added, in retros whose voting has not ended, no more than are still stored. */
  dots: DotsTakenBack[];
  /** Retros at their check-in that hold the health answer the place gave. */
  answerRetroIds: string[];
}

/**
 * What nobody has seen yet and was cast from the person's place in this room: their vote in a round still voting,
 * their dots while voting is open, their health answer while the check-in is open. What the name's owner cast before
 * the place was taken (an older round left open, an earlier room, the shared screen) is not in it. The shared screen's
 * Remove dialog counts it; `giveUpPlace` takes it back.
 */
export function placeTakeBack(session: RoomSession, team: TeamDoc, personId: string): PlaceTakeBack {
  // Read from what the place cast, not from every round and retro the team keeps: the shared screen's status asks
  // this for every person in the room at every change.
  const cast = session.castFromPlace(personId);
  const roundIds = [...cast.rounds].filter((id) => {
    const round = team.estimationRounds.find((r) => r.id === id);
    return round?.state === 'voting' && round.votes.some((v) => v.memberId === personId);
  });
  const dots: DotsTakenBack[] = [];
  for (const [retroId, placed] of cast.dots) {
    const retro = team.retros.find((r) => r.id === retroId);
    if (!retro || retro.votingClosed) continue;
    for (const [targetId, added] of placed) {
      const stored = retro.votes.find((v) => v.voterId === personId && v.targetId === targetId)?.count ?? 0;
      const count = Math.min(added, stored);
      if (count > 0) dots.push({ retroId, targetId, count });
    }
  }
  const answerRetroIds = [...cast.answers].filter(
    (id) => team.retros.find((r) => r.id === id)?.phase === 'checkin' && session.health.get(id)?.has(personId) === true,
  );
  return { roundIds, dots, answerRetroIds };
}

/** How much of each a take-back holds, for the shared screen's Remove dialog and the place's own Leave the room. */
export function takeBackCounts(back: PlaceTakeBack): TakeBackCounts {
  return {
    votes: back.roundIds.length,
    dots: back.dots.reduce((sum, d) => sum + d.count, 0),
    answers: back.answerRetroIds.length,
  };
}
