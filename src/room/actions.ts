import type { ClientMessage } from '../domain/room/protocol';
import { cardsHidden } from '../domain/room/redact';
import { DomainError } from '../domain/shared/errors';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from '../services/context';
import { castVote } from '../services/estimation-service';
import { addRetroCard, castRetroVotes, deleteRetroCard, updateRetroCard } from '../services/retro-board-service';
import { openRound } from './projection';
import { medianScores } from '../domain/retro/health';
import { HEALTH_DIMENSIONS, type HealthScores } from '../domain/retro/schema';
import { recordHealthCheck } from '../services/retro-service';
import { addParkingTopic, raiseBlocker } from '../services/standup-topics-service';
import type { Raised, RoomSession } from './session';

/** Cards one person may add to one retro from the room, and cards one retro may hold for the room to add one. */
export const ROOM_CARD_LIMITS = { perPerson: 200, perRetro: 2000 } as const;

const refuse = (message: string) => new DomainError('forbidden', message);

function focusedRetro(session: RoomSession, team: TeamDoc, retroId: string) {
  const focus = session.focus;
  const retro = focus.kind === 'retro' && focus.retroId === retroId ? team.retros.find((r) => r.id === retroId) : null;
  if (!retro) throw refuse('This retro is not open in the room any more.');
  return retro;
}

/** Cards each person is adding right now (sent, not yet stored), per room: they count toward the cap too. */
const writing = new WeakMap<RoomSession, Map<string, number>>();

/**
 * Refuses a card past ROOM_CARD_LIMITS: the person's own in this retro (those the room knows they wrote, and
 * those on their way), or the retro's total. Cards already there are never touched.
 */
function checkCardRoom(session: RoomSession, personId: string, cards: readonly { id: string }[]): void {
  if (cards.length >= ROOM_CARD_LIMITS.perRetro) {
    throw refuse(`This retro already has ${ROOM_CARD_LIMITS.perRetro} cards, the most it can take from the room.`);
  }
  const mine = cards.filter((c) => session.authors.get(c.id) === personId).length;
  if (mine + (writing.get(session)?.get(personId) ?? 0) >= ROOM_CARD_LIMITS.perPerson) {
    throw refuse(
      `You have added ${ROOM_CARD_LIMITS.perPerson} cards to this retro, the most one person can add. Delete one to add another.`,
    );
  }
}

function ownCard(session: RoomSession, personId: string, cardId: string): void {
  if (session.authors.get(cardId) !== personId) throw refuse('You can only change cards you wrote.');
}

const teamNow = (ctx: ServiceContext, teamId: string): TeamDoc | null =>
  ctx.store.snapshot().teams.find((t) => t.id === teamId) ?? null;

/**
 * Counts one person's health scores (or, with null, takes them back) and stores the medians of every answer the room
 * holds for the retro. The answer joins the room's memory before the durable write, not after: answers sent at the
 * same moment then each build on the others (the store applies each change at once and writes them in order), where
 * two writes that each started from the old answers would lose one. A refused or failed write puts back what was.
 */
async function recordHealthAnswer(
  ctx: ServiceContext,
  session: RoomSession,
  teamId: string,
  retroId: string,
  personId: string,
  scores: HealthScores | null,
): Promise<void> {
  const answers = session.health.get(retroId) ?? new Map<string, HealthScores>();
  session.health.set(retroId, answers);
  const heldBefore = answers.size;
  const previous = answers.get(personId);
  if (scores) answers.set(personId, scores);
  else answers.delete(personId);
  try {
    await recordHealthCheck(ctx, {
      teamId,
      retroId,
      scores: medianScores([...answers.values()]),
      answers: answers.size,
      // Answers the room no longer holds (before Cadence restarted), or scores the facilitator entered on the
      // screen, are never replaced by the room's fewer answers; see roomMayReplace.
      replacesAtMost: heldBefore,
    });
  } catch (error) {
    // Only this message's change is undone: the person may have sent a newer answer meanwhile.
    if (answers.get(personId) === (scores ?? undefined)) {
      if (previous) answers.set(personId, previous);
      else answers.delete(personId);
    }
    throw error;
  }
}

/**
 * Takes back the person's health answers given from their place (`retroIds`, see `placeTakeBack`) to check-ins still
 * open, as they leave the room; answers whether a stored check changed. Whoever takes the name next must not start
 * from their scores ("Update my scores"), nor be counted as having answered. Once a check-in has ended its medians
 * are the retro's record, and the answer stays. A check the room did not make (the facilitator's scores) is left as
 * it is: only the room's memory lets the answer go.
 */
export async function takeBackHealthAnswers(
  ctx: ServiceContext,
  session: RoomSession,
  personId: string,
  retroIds: readonly string[],
): Promise<boolean> {
  let changed = false;
  for (const retro of teamNow(ctx, session.teamId)?.retros ?? []) {
    if (!retroIds.includes(retro.id)) continue;
    if (retro.phase !== 'checkin' || !session.health.get(retro.id)?.has(personId)) continue;
    try {
      await recordHealthAnswer(ctx, session, session.teamId, retro.id, personId, null);
      changed = true;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
      session.health.get(retro.id)?.delete(personId);
    }
  }
  return changed;
}

/**
 * What each message with a send id made, per room: person and send id → the id of the card, blocker or topic it
 * made (for a dot, its retro's), once saved (null: it was refused or its write failed).
 */
const made = new WeakMap<RoomSession, Map<string, Promise<string | null>>>();

/**
 * Makes what a message asks for once per send id. The same text sent again (the ack went with a dropped connection,
 * or the first send is still being saved) is acknowledged without being added twice, while what the first made is
 * still there (`saved`, read once the first is saved); refused, failed or deleted since, it is made again. Checked
 * before the room's rules: a card the room took before writing ended is not refused as late.
 */
async function once(
  session: RoomSession,
  personId: string,
  sendId: string | undefined,
  saved: (id: string) => boolean,
  make: () => Promise<string | null>,
): Promise<void> {
  if (sendId === undefined) {
    await make();
    return;
  }
  const sent = made.get(session) ?? new Map<string, Promise<string | null>>();
  made.set(session, sent);
  const key = `${personId}\n${sendId}`;
  const earlier = sent.get(key);
  const id = earlier ? await earlier : null;
  if (id !== null && saved(id)) return;
  const making = make();
  sent.set(
    key,
    making.catch(() => null),
  );
  await making;
}

/** A card from a phone, anonymous: stored without an author; only the room remembers who wrote it. Its id. */
async function addCard(
  ctx: ServiceContext,
  session: RoomSession,
  personId: string,
  message: Extract<ClientMessage, { type: 'addCard' }>,
): Promise<string | null> {
  const team = teamNow(ctx, session.teamId);
  if (!team) throw new DomainError('not_found', 'This team no longer exists.');
  const retro = focusedRetro(session, team, message.retroId);
  if (retro.phase !== 'write') throw refuse('Cards are written in the write phase.');
  checkCardRoom(session, personId, retro.cards);
  const before = new Set(retro.cards.map((c) => c.id));
  const adding = writing.get(session) ?? new Map<string, number>();
  writing.set(session, adding);
  adding.set(personId, (adding.get(personId) ?? 0) + 1);
  try {
    const saved = await addRetroCard(ctx, {
      teamId: session.teamId,
      retroId: retro.id,
      columnId: message.columnId,
      text: message.text,
    });
    const card = saved.cards.find((c) => !before.has(c.id));
    if (card) session.wrote(personId, card.id);
    return card?.id ?? null;
  } finally {
    const left = (adding.get(personId) ?? 1) - 1;
    if (left > 0) adding.set(personId, left);
    else adding.delete(personId);
  }
}

/** A blocker raised or a topic parked at the standup, listed under what the person raised. Its id. */
async function raise(
  ctx: ServiceContext,
  session: RoomSession,
  personId: string,
  message: Extract<ClientMessage, { type: 'blocker' | 'park' }>,
): Promise<string> {
  if (session.focus.kind !== 'standup') throw refuse('The standup is not open in the room.');
  const teamId = session.teamId;
  const standupId = teamNow(ctx, teamId)?.standups.find((s) => s.state === 'running')?.id ?? null;
  // A guest is not a member, so what they raise has no owner in the team; the facilitator assigns it.
  const member = session.guest(personId) ? null : personId;
  // Read once saved, not before: a blocker and a topic sent at once are both listed, neither over the other.
  const note = (item: Raised) => session.noteRaised(personId, item);
  if (message.type === 'blocker') {
    const blocker = await raiseBlocker(ctx, { teamId, text: message.text, ownerId: member, standupId });
    note({ kind: 'blocker', text: message.text, blockerId: blocker.id });
    return blocker.id;
  }
  const topic = await addParkingTopic(ctx, { teamId, text: message.text, stayIds: member ? [member] : [], standupId });
  note({ kind: 'topic', text: message.text, topicId: topic.id });
  return topic.id;
}

/**
 * A participant's message becomes the same service call the screens make, for that person only: every
 * rule and every durable write is shared. What the room alone decides (focus, phase, own cards) is checked here.
 */
export async function applyMessage(
  ctx: ServiceContext,
  session: RoomSession,
  personId: string,
  message: Exclude<ClientMessage, { type: 'ping' | 'leave' }>,
): Promise<void> {
  const teamId = session.teamId;
  const team = ctx.store.snapshot().teams.find((t) => t.id === teamId);
  if (!team) throw new DomainError('not_found', 'This team no longer exists.');
  switch (message.type) {
    case 'vote': {
      const round = session.focus.kind === 'poker' ? openRound(team) : null;
      if (!round || round.id !== message.roundId) throw refuse('This round is not open for votes any more.');
      // Checked in the same turn as castVote's write: a guest removed while this message waited for its turn must
      // not be put back among the round's voters.
      if (!session.people.has(personId)) throw refuse('You are no longer in the room.');
      const guest = session.guest(personId) ?? undefined;
      await castVote(ctx, { teamId, roundId: round.id, memberId: personId, card: message.card }, guest);
      session.votedHere(personId, round.id);
      return;
    }
    case 'addCard': {
      const saved = (id: string) =>
        teamNow(ctx, teamId)
          ?.retros.find((r) => r.id === message.retroId)
          ?.cards.some((c) => c.id === id) ?? false;
      await once(session, personId, message.sendId, saved, () => addCard(ctx, session, personId, message));
      return;
    }
    case 'editCard': {
      const retro = focusedRetro(session, team, message.retroId);
      ownCard(session, personId, message.cardId);
      if (!cardsHidden(retro)) throw refuse('Cards are revealed: they can no longer be changed.');
      await updateRetroCard(ctx, { teamId, retroId: retro.id, cardId: message.cardId, text: message.text });
      return;
    }
    case 'deleteCard': {
      const retro = focusedRetro(session, team, message.retroId);
      ownCard(session, personId, message.cardId);
      if (!cardsHidden(retro)) throw refuse('Cards are revealed: they can no longer be deleted.');
      await deleteRetroCard(ctx, { teamId, retroId: retro.id, cardId: message.cardId });
      session.authors.delete(message.cardId);
      return;
    }
    case 'health': {
      const retro = focusedRetro(session, team, message.retroId);
      if (retro.phase !== 'checkin' || retro.checkIn.mode !== 'health') throw refuse('The health check is not open.');
      // Counted, it would tick the person as answered and add to "N people answered" with nothing in it; an answer
      // already in is kept as it was.
      if (HEALTH_DIMENSIONS.every((d) => message.scores[d] === null)) {
        throw new DomainError(
          'invalid_input',
          'A health answer needs at least one score from 1 to 5: nothing was scored, so nothing was counted.',
        );
      }
      await recordHealthAnswer(ctx, session, teamId, retro.id, personId, message.scores);
      session.answeredHere(personId, retro.id);
      return;
    }
    case 'blocker':
    case 'park': {
      const saved = (id: string) => {
        const now = teamNow(ctx, teamId);
        return (message.type === 'blocker' ? now?.blockers : now?.parkingLot)?.some((b) => b.id === id) ?? false;
      };
      await once(session, personId, message.sendId, saved, () => raise(ctx, session, personId, message));
      return;
    }
    case 'dot': {
      // A dot leaves nothing of its own to look for: what it made is the change to the retro's dots, there while the
      // retro is.
      const saved = (id: string) => teamNow(ctx, teamId)?.retros.some((r) => r.id === id) ?? false;
      await once(session, personId, message.sendId, saved, async () => {
        // Read when it is made: a send waiting on the first may find the phase ended since.
        const retro = focusedRetro(session, teamNow(ctx, teamId) ?? team, message.retroId);
        if (retro.phase !== 'vote') throw refuse('Dots are placed in the vote phase.');
        await castRetroVotes(
          ctx,
          { teamId, retroId: retro.id, voterId: personId, targetId: message.targetId, delta: message.delta },
          session.guest(personId) ?? undefined,
        );
        session.dottedHere(personId, retro.id, message.targetId, message.delta);
        return retro.id;
      });
      return;
    }
  }
}
