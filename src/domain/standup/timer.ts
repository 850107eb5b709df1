import { DomainError } from '../shared/errors';
import type { SpeakerTurn, StandupSession, TimerState } from './schema';

/**
 * The standup timer as a pure state machine. State holds only timestamps and closed durations;
 * every figure is derived from them and "now", so a hidden or busy window never drifts.
 * `now` is epoch milliseconds.
 */

export type TimerAction =
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'next' }
  | { kind: 'skip' }
  | { kind: 'add_time'; ms: number }
  /** `asLeft`: a standup left running past its day ends when it was left (`leftEndMs`), not now. */
  | { kind: 'end'; asLeft?: true }
  /** Someone marked absent (at the start, or skipped) walked in late: back in the queue (see `backInQueue`). */
  | { kind: 'arrived'; memberId: string };

export interface Speaker {
  memberId: string;
  name: string;
  /** Marked absent before the start: the turn is skipped. */
  absent?: boolean;
}

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (value: string) => Date.parse(value);

export function createTimer(input: {
  speakers: Speaker[];
  speakerMs: number;
  totalMs: number;
  now: number;
}): TimerState {
  if (input.speakers.length === 0) {
    throw new DomainError(
      'invalid_input',
      'This team has no members yet. Add the people who attend standup on the Team screen first.',
    );
  }
  const first = input.speakers.findIndex((s) => !s.absent);
  if (first < 0) {
    throw new DomainError(
      'invalid_input',
      'Everyone is marked absent. Mark at least one person present to start the standup.',
    );
  }
  const turns: SpeakerTurn[] = input.speakers.map((s, index) => ({
    memberId: s.memberId,
    name: s.name,
    status: s.absent ? 'skipped' : index === first ? 'speaking' : 'waiting',
    runningSince: index === first ? iso(input.now) : null,
    spentMs: 0,
    extraMs: 0,
  }));
  return {
    speakerMs: input.speakerMs,
    totalMs: input.totalMs,
    startedAt: iso(input.now),
    endedAt: null,
    pausedAt: null,
    pausedMs: 0,
    current: first,
    turns,
  };
}

/** Time a turn has taken so far, including the open segment of the speaker on the floor. */
export function turnElapsedMs(turn: SpeakerTurn, now: number): number {
  return turn.spentMs + (turn.runningSince ? Math.max(0, now - ms(turn.runningSince)) : 0);
}

export function turnAllowedMs(state: TimerState, turn: SpeakerTurn): number {
  return state.speakerMs + turn.extraMs;
}

/** Standup time so far, pauses excluded; frozen once it has ended. */
export function overallElapsedMs(state: TimerState, now: number): number {
  const until = state.endedAt ? ms(state.endedAt) : now;
  const openPause = state.pausedAt ? Math.max(0, until - ms(state.pausedAt)) : 0;
  return Math.max(0, until - ms(state.startedAt) - state.pausedMs - openPause);
}

export function currentTurn(state: TimerState): SpeakerTurn | null {
  return state.current === null ? null : (state.turns[state.current] ?? null);
}

function nextWaitingIndex(state: TimerState, after: number): number | null {
  const index = state.turns.findIndex((t, i) => i > after && t.status === 'waiting');
  return index < 0 ? null : index;
}

/**
 * Who has the floor in the team's running standup, or null (none runs, or it is at the walk's last stop). Log
 * interrupt takes them as who took it, from the Standup timer tab and the Board tab alike.
 */
export function speakerNow(standups: readonly Pick<StandupSession, 'state' | 'timer'>[]): string | null {
  const running = standups.find((s) => s.state === 'running');
  return running ? (currentTurn(running.timer)?.memberId ?? null) : null;
}

/**
 * True at the walk's last stop: everyone has spoken, the standup still runs, and the board shows the cards with no
 * owner (see `applyTimerAction`'s `unownedStop`). Nobody has the floor.
 */
export function atUnownedStop(state: TimerState): boolean {
  return state.current === null && state.endedAt === null;
}

/** Who waits to speak after the speaker on the floor (the timer's "Next"); at the last stop, anyone back in the queue. */
export function nextTurn(state: TimerState): SpeakerTurn | null {
  if (state.endedAt) return null;
  const index = nextWaitingIndex(state, state.current ?? -1);
  return index === null ? null : (state.turns[index] ?? null);
}

export interface TimerView {
  current: SpeakerTurn | null;
  next: SpeakerTurn | null;
  /** The speaker's time left; negative in overtime. */
  remainingMs: number;
  overtime: boolean;
  /** The standup's time left; negative when it runs over. */
  overallRemainingMs: number;
  paused: boolean;
  ended: boolean;
  /** 1-based position of the speaker among those present. */
  position: number;
  present: number;
}

export function timerView(state: TimerState, now: number): TimerView {
  const current = currentTurn(state);
  const remainingMs = current ? turnAllowedMs(state, current) - turnElapsedMs(current, now) : 0;
  return {
    current,
    next: nextTurn(state),
    remainingMs,
    overtime: current !== null && remainingMs < 0,
    overallRemainingMs: state.totalMs - overallElapsedMs(state, now),
    paused: state.pausedAt !== null,
    ended: state.endedAt !== null,
    position:
      state.current === null ? 0 : state.turns.slice(0, state.current + 1).filter((t) => t.status !== 'skipped').length,
    present: state.turns.filter((t) => t.status !== 'skipped').length,
  };
}

type Mutable = TimerState & { turns: SpeakerTurn[] };

function clone(state: TimerState): Mutable {
  return { ...state, turns: state.turns.map((t) => ({ ...t })) };
}

/** Closes an open pause so the clock runs again. */
function closePause(state: Mutable, now: number): void {
  if (state.pausedAt) {
    state.pausedMs += Math.max(0, now - ms(state.pausedAt));
    state.pausedAt = null;
  }
}

/** Closes the speaker's running segment, with a final status. */
function closeTurn(state: Mutable, now: number, status: 'done' | 'skipped'): void {
  const turn = state.current === null ? undefined : state.turns[state.current];
  if (!turn) return;
  turn.spentMs = turnElapsedMs(turn, now);
  turn.runningSince = null;
  turn.status = status;
}

/**
 * Whether Next past the last speaker goes to the walk's last stop: the sprint has open cards with no owner
 * (`unownedWork`) and the walk has not been there yet. Once is enough: someone given a turn there (arrived late)
 * ends the standup with their Next.
 */
export function stopsAtUnowned(state: TimerState, unownedWork: boolean): boolean {
  return unownedWork && state.unownedWalked !== true;
}

/**
 * On to the next waiting turn. Past the last speaker, with `unownedStop`, to the walk's last stop (nobody on the
 * floor, the cards with no owner), once; from there, or without it, the standup ends. Someone back in the queue
 * meanwhile (arrived late, joined the team) speaks before it ends.
 */
function advance(state: Mutable, now: number, unownedStop: boolean): void {
  const fromSpeaker = state.current !== null;
  const nextIndex = nextWaitingIndex(state, state.current ?? -1);
  if (nextIndex === null) {
    state.current = null;
    if (fromSpeaker && stopsAtUnowned(state, unownedStop)) state.unownedWalked = true;
    else state.endedAt = iso(now);
    return;
  }
  const turn = state.turns[nextIndex];
  if (turn) {
    turn.status = 'speaking';
    turn.runningSince = iso(now);
  }
  state.current = nextIndex;
}

function pause(state: Mutable, now: number): void {
  if (state.pausedAt) return;
  const turn = currentTurn(state);
  if (turn) {
    turn.spentMs = turnElapsedMs(turn, now);
    turn.runningSince = null;
  }
  state.pausedAt = iso(now);
}

function resume(state: Mutable, now: number): void {
  if (!state.pausedAt) return;
  closePause(state, now);
  const turn = currentTurn(state);
  if (turn) turn.runningSince = iso(now);
}

/**
 * A standup's clock as it comes in from a file written at `writtenAt` (a workspace export, a backup): one that
 * was running comes in paused as it stood when the file was written, so the speaker and the standup keep the
 * time they had left; the facilitator resumes it. Left running from its old start it would show hours over
 * (and chime) at once. The same rule as the retro's timers (retro/timer.ts, pausedForImport): a time that does
 * not read as one, or before the clock's last start, counts only the time run before that start. An ended or
 * paused clock comes in as it was.
 */
export function pausedForImport(state: TimerState, writtenAt: string): TimerState {
  if (state.endedAt || state.pausedAt) return state;
  const lastStart = ms(currentTurn(state)?.runningSince ?? state.startedAt);
  const written = Date.parse(writtenAt);
  const next = clone(state);
  pause(next, Number.isNaN(written) ? lastStart : Math.max(written, lastStart));
  return next;
}

/**
 * The standup as the team stands now, applied on every read by the screen and the service. Everyone who joined the
 * team after the start waits at the end of the queue, in the team's order (the speaking order was drawn at the
 * start). Someone who left while still waiting is not called: their turn leaves the queue (and the summary). A turn
 * already taken (spoken, skipped as absent, or on the floor now) stays, under the name they had. A turn of someone
 * still on the team reads their name now (renamed meanwhile). The same state back when nothing changed.
 */
export function withTeamNow(state: TimerState, members: readonly { id: string; name: string }[]): TimerState {
  if (state.endedAt) return state;
  const byId = new Map(members.map((m) => [m.id, m]));
  const staying = state.turns.filter((t) => t.status !== 'waiting' || byId.has(t.memberId));
  const joined = members.filter((m) => !state.turns.some((t) => t.memberId === m.id));
  const turns = staying.map((t) => {
    const name = byId.get(t.memberId)?.name;
    return name === undefined || name === t.name ? t : { ...t, name };
  });
  const renamed = turns.some((t, index) => t !== staying[index]);
  if (staying.length === state.turns.length && joined.length === 0 && !renamed) return state;
  for (const m of joined) {
    turns.push({ memberId: m.id, name: m.name, status: 'waiting', runningSince: null, spentMs: 0, extraMs: 0 });
  }
  const speaking = state.current === null ? undefined : state.turns[state.current];
  const current = speaking ? staying.indexOf(speaking) : -1;
  return { ...state, turns, current: current < 0 ? null : current };
}

/**
 * A late arrival back in the queue: someone marked absent at the start, or skipped, waits for a turn again. Whose
 * place is still ahead keeps it; whose place has passed waits at the end of the queue (as a joiner does). The
 * seconds spent looking for them were not their turn, so they get all of it. Already waiting or speaking: nothing
 * to do (a second press). Someone who has spoken has had their turn.
 */
function backInQueue(state: Mutable, memberId: string): void {
  const index = state.turns.findIndex((t) => t.memberId === memberId);
  const turn = state.turns[index];
  if (!turn) throw new DomainError('not_found', 'That person has no turn in this standup.');
  if (turn.status === 'done') throw new DomainError('conflict', `${turn.name} has already spoken in this standup.`);
  if (turn.status !== 'skipped') return;
  turn.status = 'waiting';
  turn.spentMs = 0;
  if (state.current === null || index > state.current) return;
  state.turns.splice(index, 1);
  state.turns.push(turn);
  state.current -= 1;
}

export const MAX_ADD_MS = 10 * 60 * 1000;

export interface TimerOptions {
  /**
   * The sprint has open cards with no owner: Next (or Skip) past the last speaker goes to the walk's last stop for them
   * (`atUnownedStop`), once (see `stopsAtUnowned`), and Next from there ends the standup.
   */
  unownedStop?: boolean;
}

/** Applies one facilitator action. Pause and resume are idempotent so a double key press is harmless. */
export function applyTimerAction(
  state: TimerState,
  action: TimerAction,
  now: number,
  { unownedStop = false }: TimerOptions = {},
): TimerState {
  if (state.endedAt) throw new DomainError('conflict', 'This standup has already ended. Start a new one.');
  const next = clone(state);
  switch (action.kind) {
    case 'pause':
      pause(next, now);
      break;
    case 'resume':
      resume(next, now);
      break;
    case 'add_time': {
      const turn = currentTurn(next);
      if (!turn) throw new DomainError('conflict', 'Nobody is speaking, so there is no timebox to extend.');
      if (!Number.isInteger(action.ms) || action.ms <= 0 || action.ms > MAX_ADD_MS) {
        throw new DomainError('invalid_input', 'Add between 1 second and 10 minutes at a time.');
      }
      turn.extraMs += action.ms;
      break;
    }
    case 'next':
    case 'skip':
      // At the last stop nobody has the floor: S pressed by reflex (or from a screen behind) is not an end.
      if (action.kind === 'skip' && next.current === null) {
        throw new DomainError('conflict', 'Nobody is speaking, so there is nobody to mark absent.');
      }
      closeTurn(next, now, action.kind === 'next' ? 'done' : 'skipped');
      closePause(next, now);
      advance(next, now, unownedStop);
      break;
    case 'arrived':
      backInQueue(next, action.memberId);
      break;
    case 'end':
      closeTurn(next, now, 'done');
      closePause(next, now);
      next.current = null;
      next.endedAt = iso(now);
      break;
  }
  return next;
}
