import type { RoomPerson, RoomStatus } from '../api/contract/room';
import { addDays } from '../domain/planning/calendar';
import {
  cardName,
  deckFor,
  notCountedNote,
  roundStats,
  roundVoterIds,
  scaleOfRound,
  votesThatCount,
  type EstimationRound,
} from '../domain/planning/estimation';
import type {
  Focus,
  ParticipantView,
  PokerFocus,
  RetroFocus,
  StandupFocus,
  StandupTurnView,
} from '../domain/room/protocol';
import { cardsHidden } from '../domain/room/redact';
import { PHASE_NAMES, type Phase } from '../domain/retro/phases';
import { HEALTH_DIMENSIONS, HEALTH_DIMENSION_NAMES, type Retro } from '../domain/retro/schema';
import { rankedTopics, topicsOf, votesUsedBy } from '../domain/retro/voting';
import { personName } from '../domain/shared/guests';
import { dateInZone, startOfDateInZone, timeInZone } from '../domain/shared/zoned-time';
import type { TimerState } from '../domain/standup/schema';
import { standupNames } from '../domain/standup/summary';
import { currentTurn, nextTurn, withTeamNow } from '../domain/standup/timer';
import type { TeamDoc } from '../domain/workspace';
import type { RoomSession } from './session';
import { placeTakeBack, takeBackCounts } from './take-back';

/** Everything the room knows at one moment: the session (memory only) and the team as stored. */
export interface RoomState {
  session: RoomSession;
  team: TeamDoc;
  /** People with a socket open now. */
  connected: ReadonlySet<string>;
  link: { joinUrl: string; qrSvg: string; address: string; port: number; secure: boolean };
}

type RunningStandup = NonNullable<StandupFocus['running']>;

export type Recipient = { kind: 'screen' } | { kind: 'person'; personId: string };

/** The poker round the room is on: the newest one still open on an item the team has. */
export function openRound(team: TeamDoc): EstimationRound | null {
  let newest: EstimationRound | null = null;
  for (const r of team.estimationRounds) {
    if (r.state !== 'voting' && r.state !== 'revealed') continue;
    if (!team.items.some((i) => i.id === r.itemId)) continue;
    if (!newest || r.startedAt >= newest.startedAt) newest = r;
  }
  return newest;
}

function focusedRetro(state: RoomState): Retro | null {
  const focus = state.session.focus;
  return focus.kind === 'retro' ? (state.team.retros.find((r) => r.id === focus.retroId) ?? null) : null;
}

/**
 * Who is asked to vote: the whole team (some may vote on the shared screen), the guests in the room and those who
 * voted in the round, as on the shared screen.
 */
function pokerVoters(state: RoomState, round: EstimationRound): number {
  const guests = [...state.session.people.values()].filter((p) => p.guest).map((p) => ({ id: p.personId }));
  return roundVoterIds(round, state.team.members, guests).size;
}

function pokerFocus(state: RoomState, round: EstimationRound, personId: string): PokerFocus {
  const { team } = state;
  const item = team.items.find((i) => i.id === round.itemId);
  const nameOf = (id: string) => personName(team.members, round.guests, id) ?? 'Someone';
  const scale = scaleOfRound(round, team.settings.pointScale);
  // A member taken off the team mid-round, or a guest removed from the room, is left out of the count and the
  // figures, and named apart, as on the shared screen.
  const { counted, leftOut } = votesThatCount(round, team.members);
  const stats = round.state === 'revealed' ? roundStats(counted, scale) : null;
  return {
    kind: 'poker',
    round: { id: round.id, number: round.number, state: round.state === 'revealed' ? 'revealed' : 'voting' },
    item: {
      title: item?.title ?? 'Item',
      description: item?.description ?? '',
      acceptanceCriteria: item?.acceptanceCriteria.map((c) => c.text) ?? [],
      points: item?.points ?? null,
    },
    deck: deckFor(scale).map((c) => ({ label: c.label, name: cardName(c.label) })),
    // Before reveal a person learns only their own card.
    myVote: round.votes.find((v) => v.memberId === personId)?.card ?? null,
    voted: counted.length,
    voters: pokerVoters(state, round),
    revealed: stats && {
      votes: counted.map((v) => ({ name: nameOf(v.memberId), card: v.card })),
      median: stats.median,
      spread: stats.spread,
      suggested: stats.nearest?.label ?? null,
      consensus: stats.consensus,
      notCounted: notCountedNote(leftOut),
    },
  };
}

function retroFocus(state: RoomState, retro: Retro, personId: string): RetroFocus {
  const { team, session } = state;
  const hidden = cardsHidden(retro);
  const counts: Record<string, number> = {};
  for (const c of retro.cards) counts[c.columnId] = (counts[c.columnId] ?? 0) + 1;
  const mine = (cardId: string) => session.authors.get(cardId) === personId;
  // Hidden cards: a person gets only their own; after reveal, every card, never who wrote it.
  const cards = retro.cards
    .filter((c) => !hidden || mine(c.id))
    .map((c) => ({ id: c.id, columnId: c.columnId, text: c.text, mine: mine(c.id) }));
  const budget = team.settings.retroVotesPerPerson;
  const voting: RetroFocus['voting'] =
    retro.phase === 'vote' && !hidden
      ? {
          closed: retro.votingClosed,
          budget,
          cap: team.settings.retroMaxVotesPerCard,
          topics: topicsOf(retro).map((t) => ({
            id: t.id,
            title: t.title,
            mine: retro.votes.find((v) => v.voterId === personId && v.targetId === t.id)?.count ?? 0,
          })),
          left: budget - votesUsedBy(retro.votes, personId),
          // Once voting ends everyone sees totals, never who gave them.
          totals: retro.votingClosed
            ? rankedTopics(retro).map((t) => ({ id: t.id, title: t.title, votes: t.votes }))
            : null,
        }
      : null;
  const answers = session.health.get(retro.id);
  const checkIn: RetroFocus['checkIn'] =
    retro.phase === 'checkin' && retro.checkIn.mode === 'health'
      ? {
          dimensions: HEALTH_DIMENSIONS.map((key) => ({ key, label: HEALTH_DIMENSION_NAMES[key] })),
          mine: answers?.get(personId) ?? null,
          answers: answers?.size ?? 0,
        }
      : null;
  return {
    kind: 'retro',
    retroId: retro.id,
    title: retro.title,
    phase: retro.phase,
    phaseName: PHASE_NAMES[retro.phase as Phase] ?? retro.phase,
    columns: retro.columns.map((c) => ({ id: c.id, title: c.title, prompt: c.prompt })),
    revealed: !hidden,
    cards,
    counts,
    checkIn,
    voting,
  };
}

/**
 * What the person raised at the standup, blockers first, in the team's order: the blockers they raised in this room,
 * and their own still open from before it (raised in a room closed since, or before a restart: the team keeps them,
 * with them as owner; the room alone knew what it took from a guest); then the topics they parked here. A blocker is
 * listed from the moment it is written, where it stays once the room has noted it.
 */
function raisedBy(state: RoomState, personId: string): { kind: 'blocker' | 'topic'; text: string }[] {
  const here = state.session.raised.get(personId) ?? [];
  const raisedHere = new Set(here.map((item) => item.blockerId));
  const blockers = state.team.blockers.filter(
    (b) => raisedHere.has(b.id) || (b.ownerId === personId && b.resolvedAt === null),
  );
  return [
    ...blockers.map((b) => ({ kind: 'blocker' as const, text: b.text })),
    ...here.filter((item) => item.kind === 'topic').map(({ kind, text }) => ({ kind, text })),
  ];
}

/** Where one person's turn stands, as the shared screen's speaking order shows it; null with no turn (a guest). */
function turnOf(timer: TimerState, personId: string): StandupTurnView | null {
  const index = timer.turns.findIndex((t) => t.memberId === personId);
  const turn = timer.turns[index];
  if (!turn) return null;
  if (turn.status === 'speaking') return { status: 'speaking' };
  if (turn.status === 'done') return { status: 'spoken' };
  if (turn.status === 'skipped') return { status: 'absent' };
  if (nextTurn(timer)?.memberId === personId) return { status: 'next' };
  const ahead = timer.turns.filter((t, i) => i > (timer.current ?? -1) && i < index && t.status === 'waiting').length;
  return { status: 'waiting', ahead };
}

/**
 * When a standup started, on the team's clock, and from when it counts as left running: the team's next day, as
 * `leftRunningFrom` has it, when the shared screen only ends it. The phone compares its own clock with that moment.
 */
function startedOnTeamClock(startedAt: string, zone: string): Pick<RunningStandup, 'started' | 'leftRunningAt'> {
  const date = dateInZone(startedAt, zone);
  return {
    started: { date, time: timeInZone(startedAt, zone) },
    leftRunningAt: new Date(startOfDateInZone(addDays(date, 1), zone)).toISOString(),
  };
}

/**
 * The standup running on the shared screen, for one person: who has the floor and where their turn stands. The
 * queue is read as the team stands now (`withTeamNow`), as the shared screen and the service read it: someone added
 * since the start waits at the end. Undefined while none runs.
 */
function runningStandup(team: TeamDoc, personId: string): StandupFocus['running'] {
  const session = team.standups.find((s) => s.state === 'running');
  if (!session) return undefined;
  const timer = withTeamNow(session.timer, team.members);
  const speaking = currentTurn(timer);
  return {
    speaker: speaking ? standupNames(team.members, timer)(speaking.memberId) : null,
    you: turnOf(timer, personId),
    ...startedOnTeamClock(timer.startedAt, team.settings.timeZone),
  };
}

function standupFocus(state: RoomState, personId: string): StandupFocus {
  const running = runningStandup(state.team, personId);
  const raised = raisedBy(state, personId);
  return running ? { kind: 'standup', raised, running } : { kind: 'standup', raised };
}

function focusFor(state: RoomState, personId: string): Focus {
  const focus = state.session.focus;
  if (focus.kind === 'poker') {
    const round = openRound(state.team);
    return round
      ? pokerFocus(state, round, personId)
      : { kind: 'waiting', message: 'No item is being estimated right now. The next one will appear here.' };
  }
  if (focus.kind === 'standup') return standupFocus(state, personId);
  const retro = focusedRetro(state);
  if (retro) return retroFocus(state, retro, personId);
  // Its drafts on the phones go with it: it is no longer among the view's retroIds.
  if (focus.kind === 'none' && state.session.deletedRetroId) {
    return { kind: 'waiting', message: 'The facilitator deleted this retro. What they start next will appear here.' };
  }
  return { kind: 'waiting', message: 'You are in. What the facilitator starts next will appear here.' };
}

/**
 * Who has done what the focus asks (voted, written, dotted): a tick on the shared screen, never the what; for
 * anonymous cards, only how many.
 */
function progressOf(state: RoomState): { done: Set<string>; verb: string; total: number; count: number } | null {
  const { session, team } = state;
  // Nobody in the room has nothing to count: the panel says "No one has joined yet." without "0 of 0 have …".
  const inRoom = (done: Set<string>, verb: string) => {
    if (session.people.size === 0) return null;
    const count = [...session.people.keys()].filter((id) => done.has(id)).length;
    return { done, verb, total: session.people.size, count };
  };
  if (session.focus.kind === 'poker') {
    const round = openRound(team);
    if (!round || round.state !== 'voting') return null;
    // Poker counts the whole team (some may still vote on the shared screen) and the guests in the room.
    const done = new Set(votesThatCount(round, team.members).counted.map((v) => v.memberId));
    return { done, verb: 'voted', total: pokerVoters(state, round), count: done.size };
  }
  const retro = focusedRetro(state);
  if (retro?.phase === 'checkin' && retro.checkIn.mode === 'health') {
    return inRoom(new Set(session.health.get(retro.id)?.keys()), 'answered');
  }
  if (retro?.phase === 'write') {
    // Writers of this retro's cards only: the room remembers who wrote cards of other retros too.
    const writers = retro.cards.map((c) => session.authors.get(c.id)).filter((id) => id !== undefined);
    // Counted, never ticked by name: a tick appearing as a hidden card lands in a column tells the room whose card
    // that is once the cards are revealed in the same places.
    const written = inRoom(new Set(writers), 'written');
    return written && { ...written, done: new Set<string>() };
  }
  if (retro?.phase === 'vote' && !retro.votingClosed)
    return inRoom(new Set(retro.votes.map((v) => v.voterId)), 'voted');
  return null;
}

function screenStatus(state: RoomState): RoomStatus {
  const { session, link } = state;
  const progress = progressOf(state);
  return {
    teamId: session.teamId,
    focus: session.focus,
    joinUrl: link.joinUrl,
    code: session.code,
    qrSvg: link.qrSvg,
    address: link.address,
    port: link.port,
    secure: link.secure,
    locked: session.locked,
    guestsAllowed: session.guestsAllowed,
    people: [...session.people.values()].map((p): RoomPerson => ({
      personId: p.personId,
      name: p.name,
      guest: p.guest,
      connected: state.connected.has(p.personId),
      done: progress?.done.has(p.personId) ?? false,
      takesBack: takeBackCounts(placeTakeBack(session, state.team, p.personId)),
    })),
    progress: progress && {
      done: progress.count,
      total: progress.total,
      label: `${progress.count} of ${progress.total} ${progress.count === 1 && progress.total === 1 ? 'has' : 'have'} ${progress.verb}`,
    },
  };
}

/**
 * The one way out of the room: every message to every recipient is built here, from the room state
 * and the recipient. Secrets (hidden cards, unrevealed votes, anonymous authors) are withheld here.
 */
export function project(state: RoomState, recipient: { kind: 'screen' }): RoomStatus;
export function project(state: RoomState, recipient: { kind: 'person'; personId: string }): ParticipantView | null;
export function project(state: RoomState, recipient: Recipient): RoomStatus | ParticipantView | null {
  if (recipient.kind === 'screen') return screenStatus(state);
  const person = state.session.people.get(recipient.personId);
  if (!person) return null;
  return {
    teamId: state.team.id,
    teamName: state.team.name,
    retroIds: state.team.retros.map((r) => r.id),
    you: { personId: person.personId, name: person.name, guest: person.guest },
    locked: state.session.locked,
    // Its own place's only: what another place would take back is not this phone's to know.
    takesBack: takeBackCounts(placeTakeBack(state.session, state.team, person.personId)),
    focus: focusFor(state, person.personId),
  };
}
