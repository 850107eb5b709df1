import type { ClientMessage, ParticipantView, ServerMessage } from '../../src/domain/room/protocol';
import type { ParticipantEnv, SocketLike } from './env';

/** What a client message came to: acknowledged, or the server's reason to show beside the control. */
export type SendResult = { ok: true } | { ok: false; message: string };

/** A client message before the connection numbers it. */
export type Outgoing = WithoutRef<ClientMessage>;
type WithoutRef<M> = M extends unknown ? Omit<M, 'ref'> : never;

/** `elsewhere`: the room let this page go because the person has it open on too many screens; it waits for them. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'elsewhere';

export interface ConnectionEvents {
  view(view: ParticipantView): void;
  /** `failures`: attempts in a row that never opened (the room may be gone, or this person removed). */
  status(status: ConnectionStatus, failures: number): void;
  /** The person's access is over: do not reconnect. */
  ended(message: string): void;
  /** An error not tied to a message this page sent. */
  notice(message: string): void;
}

/** Close code the room uses when the token is no longer valid (removed, room closed, new room). */
export const CLOSE_TOKEN_INVALID = 4001;
/**
 * Close code the room uses for a person's oldest socket when they open one screen too many (TOO_MANY_SOCKETS in
 * src/room/listener.ts): the place stays, but coming back on its own would push out their next screen in turn.
 */
export const CLOSE_OPEN_ELSEWHERE = 4002;
const CLOSE_TOO_BIG = 1009;
/** What a socket closed without a close frame reports (here: one given up for dead). */
const CLOSE_ABNORMAL = 1006;
const BACKOFF_MS = [1_000, 2_000, 4_000, 8_000, 10_000];
/**
 * How long a message waits for the room's answer before the socket is taken for dead: a Wi-Fi that stopped
 * carrying anything leaves it looking open for minutes, with the control busy all that time. The room answers
 * once the change is on disk, well within this; it pings every 15 s.
 */
export const ANSWER_WAIT_MS = 15_000;
/**
 * How long the ping sent when the phone wakes waits for its answer: the room answers a ping at once (nothing to
 * save), so a socket silent this long after a sleep is dead, and the person is about to tap.
 */
export const WAKE_ANSWER_WAIT_MS = 5_000;

const ACCESS_ENDED = 'Your place in the room has ended. Join again with the code on the shared screen.';
const NOT_CONNECTED = 'Not connected to the room right now. Wait for it to reconnect, then try again.';
const DROPPED = 'The connection dropped before the room confirmed this. Check what the room shows, then try again.';

export function socketUrl(location: ParticipantEnv['location'], token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/room/socket?t=${encodeURIComponent(token)}`;
}

function parse(data: unknown): ServerMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message: unknown = JSON.parse(data);
    return typeof message === 'object' && message !== null && 'type' in message ? (message as ServerMessage) : null;
  } catch {
    return null;
  }
}

/**
 * One person's socket to the room: numbers each message, settles it on its ack or error, and
 * reconnects with backoff (1 s, 2 s, 4 s … 10 s) as the same person until the room ends their access.
 */
export class RoomConnection {
  private socket: SocketLike | null = null;
  private open = false;
  private stopped = false;
  private attempt = 0;
  private retry: number | null = null;
  private nextRef = 1;
  private readonly pending = new Map<number, (result: SendResult) => void>();
  private stopWaking: (() => void) | null = null;

  constructor(
    private readonly env: ParticipantEnv,
    private readonly token: string,
    private readonly on: ConnectionEvents,
  ) {}

  start(): void {
    this.on.status('connecting', 0);
    this.stopWaking = this.env.onWake(() => this.wake());
    this.connect();
  }

  /**
   * The phone woke or its network came back. A socket that looks open may have died meanwhile (a Wi-Fi lost while
   * the phone slept leaves it looking open for minutes, showing what the room had then): it is asked for an answer,
   * and let go as dropped if none comes. A wait before the next try is cut short: the room may be in reach now.
   */
  private wake(): void {
    if (this.stopped) return;
    if (this.retry !== null) {
      this.env.timers.clearTimeout(this.retry);
      this.retry = null;
      this.connect();
    } else if (this.socket && this.open) void this.send({ type: 'ping' }, WAKE_ANSWER_WAIT_MS);
  }

  /** Ends this page's connection (the person is leaving or their access ended). */
  stop(): void {
    this.stopped = true;
    this.stopWaking?.();
    this.stopWaking = null;
    if (this.retry !== null) this.env.timers.clearTimeout(this.retry);
    this.retry = null;
    this.settleAll(NOT_CONNECTED);
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onclose = null;
      socket.close();
    }
  }

  /** Connects again after the room let this page go for another screen (status `elsewhere`). */
  resume(): void {
    if (this.stopped || this.socket || this.retry !== null) return;
    this.on.status('connecting', 0);
    this.connect();
  }

  send(message: Outgoing, wait = ANSWER_WAIT_MS): Promise<SendResult> {
    if (!this.socket || !this.open) return Promise.resolve({ ok: false, message: NOT_CONNECTED });
    const ref = this.nextRef++;
    const socket = this.socket;
    return new Promise((resolve) => {
      const timer = this.env.timers.setTimeout(() => this.unanswered(socket), wait);
      this.pending.set(ref, (result) => {
        this.env.timers.clearTimeout(timer);
        resolve(result);
      });
      socket.send(JSON.stringify({ ...message, ref }));
    });
  }

  /** No answer in time: the socket is let go as dropped (what waits on it says so) and the page connects again. */
  private unanswered(socket: SocketLike): void {
    if (socket !== this.socket) return;
    socket.onopen = null;
    socket.onmessage = null;
    socket.onclose = null;
    socket.close();
    this.closed(CLOSE_ABNORMAL);
  }

  private connect(): void {
    const socket = this.env.openSocket(socketUrl(this.env.location, this.token));
    this.socket = socket;
    socket.onopen = () => {
      this.open = true;
      this.attempt = 0;
      this.on.status('open', 0);
    };
    socket.onmessage = (event) => this.receive(parse(event.data));
    socket.onclose = (event) => this.closed(event.code);
  }

  private receive(message: ServerMessage | null): void {
    if (!message) return;
    switch (message.type) {
      case 'view':
        this.on.view(message.view);
        return;
      case 'ack':
        this.settle(message.ref, { ok: true });
        return;
      case 'error':
        if (message.ref !== null && this.pending.has(message.ref)) {
          this.settle(message.ref, { ok: false, message: message.message });
        } else this.on.notice(message.message);
        return;
      case 'ended':
        this.end(message.message);
        return;
    }
  }

  private closed(code: number): void {
    this.open = false;
    this.socket = null;
    if (this.stopped) return;
    if (code === CLOSE_TOKEN_INVALID) {
      this.end(ACCESS_ENDED);
      return;
    }
    this.settleAll(code === CLOSE_TOO_BIG ? 'That was too long to send: shorten it and try again.' : DROPPED);
    if (code === CLOSE_OPEN_ELSEWHERE) {
      this.attempt = 0;
      this.on.status('elsewhere', 0);
      return;
    }
    const delay = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)] ?? 10_000;
    this.attempt++;
    this.on.status('reconnecting', this.attempt);
    this.retry = this.env.timers.setTimeout(() => {
      this.retry = null;
      if (!this.stopped) this.connect();
    }, delay);
  }

  private end(message: string): void {
    if (this.stopped) return;
    this.stop();
    this.on.ended(message);
  }

  private settle(ref: number, result: SendResult): void {
    const resolve = this.pending.get(ref);
    this.pending.delete(ref);
    resolve?.(result);
  }

  private settleAll(message: string): void {
    for (const ref of [...this.pending.keys()]) this.settle(ref, { ok: false, message });
  }
}
