import type { Joined, Lobby, ParticipantView, ServerMessage } from '../../../src/domain/room/protocol';
import type { ParticipantEnv, SocketLike } from '../../../renderer/participant/env';
import { mountParticipant } from '../../../renderer/participant/mount';
import { saveJoined } from '../../../renderer/participant/stored';

/** A WebSocket the test plays the room's side of. */
export class FakeSocket implements SocketLike {
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  closedByPage = false;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(): void {
    this.closedByPage = true;
  }

  open(): void {
    this.onopen?.(new Event('open'));
  }

  receive(message: ServerMessage): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(message) }));
  }

  drop(code: number): void {
    this.onclose?.(new CloseEvent('close', { code }));
  }

  /** The last message the page sent, with the ref the room answers to. */
  last(): Record<string, unknown> & { ref: number } {
    const message = this.sent.at(-1);
    if (!message) throw new Error('the page sent nothing');
    return message as Record<string, unknown> & { ref: number };
  }
}

type Reply = { status: number; body: unknown };

/** Everything the page touches, faked: fetch answers queued per path, sockets kept, timers run by hand. */
export function fakeRoom(options: { hash?: string } = {}) {
  const sockets: FakeSocket[] = [];
  const requests: { path: string; body: unknown }[] = [];
  const replies = new Map<string, Reply[]>();
  const timers: { id: number; run: () => void; ms: number }[] = [];
  const urls: string[] = [];
  const wakeListeners = new Set<() => void>();
  let nextTimer = 1;
  const env: ParticipantEnv = {
    fetch: async (path, init) => {
      requests.push({ path, body: JSON.parse(String(init.body)) });
      const reply = replies.get(path)?.shift();
      if (!reply) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    },
    openSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    storage: window.localStorage,
    timers: {
      setTimeout: (run, ms) => {
        const id = nextTimer++;
        timers.push({ id, run, ms });
        return id;
      },
      clearTimeout: (id) => {
        const at = timers.findIndex((t) => t.id === id);
        if (at >= 0) timers.splice(at, 1);
      },
    },
    location: { protocol: 'http:', host: 'room.test:48213', hash: options.hash ?? '', pathname: '/j', search: '' },
    replaceUrl: (url) => urls.push(url),
    onWake: (listener) => {
      wakeListeners.add(listener);
      return () => wakeListeners.delete(listener);
    },
  };
  let mounted: ReturnType<typeof mountParticipant> | null = null;
  return {
    env,
    sockets,
    requests,
    timers,
    urls,
    reply(path: string, status: number, body: unknown) {
      replies.set(path, [...(replies.get(path) ?? []), { status, body }]);
    },
    /** The newest socket the page opened. */
    socket(): FakeSocket {
      const socket = sockets.at(-1);
      if (!socket) throw new Error('the page opened no socket');
      return socket;
    },
    mount() {
      const root = document.createElement('div');
      document.body.append(root);
      mounted = mountParticipant(root, env);
      return mounted;
    },
    unmount() {
      mounted?.unmount();
      mounted = null;
      document.body.replaceChildren();
    },
    /** The phone wakes from sleep, or its network comes back. */
    wake() {
      for (const listener of [...wakeListeners]) listener();
    },
    /** Runs the timers due now, as the clock reaching them would. */
    runTimers() {
      for (const timer of timers.splice(0)) timer.run();
    },
  };
}

export const ANA: Joined = { token: 'token-ana-0123456789', personId: 'p-ana', name: 'Ana' };

export const LOBBY: Lobby = {
  teamName: 'Platform Ops',
  members: [
    { id: 'm-ana', name: 'Ana' },
    { id: 'm-bo', name: 'Bo' },
  ],
  guestsAllowed: false,
  locked: false,
};

export function joinedAs(joined: Joined = ANA): void {
  saveJoined(window.localStorage, joined);
}

/**
 * The room's view with `focus`; the team is Platform Ops (`team-ops`) with retros `retro-1` and `retro-2`, and the
 * person Ana (`p-ana`), unless given.
 */
export function view(
  focus: ParticipantView['focus'],
  team: {
    teamId?: string;
    teamName?: string;
    retroIds?: string[];
    you?: ParticipantView['you'];
    locked?: boolean;
    takesBack?: ParticipantView['takesBack'];
  } = {},
): ServerMessage {
  return {
    type: 'view',
    view: {
      teamId: team.teamId ?? 'team-ops',
      teamName: team.teamName ?? 'Platform Ops',
      retroIds: team.retroIds ?? ['retro-1', 'retro-2'],
      you: team.you ?? { personId: 'p-ana', name: 'Ana', guest: false },
      locked: team.locked ?? false,
      takesBack: team.takesBack ?? { votes: 0, dots: 0, answers: 0 },
      focus,
    },
  };
}
