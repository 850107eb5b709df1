import type { MethodName } from '../../src/api/contract';
import type { SocketAnswer } from '../../src/api/contract/socket';
import type { Envelope } from '../../src/api/define';

export type Transport = (name: MethodName, input: unknown) => Promise<Envelope<unknown>>;

/** What a call answers when the host cannot be reached (browser mode: `npm run web` stopped). */
export const NOT_REACHABLE: Envelope<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'Cadence is not reachable. Is `npm run web` still running?', issues: [] },
};

/** After a socket could not be opened, calls go over the fallback for this long before it is tried again. */
export const SOCKET_RETRY_MS = 10_000;

/**
 * A call whose input is written out longer than this (UTF-16 units) goes over the fallback. At 3 bytes
 * a unit at most in UTF-8, the message stays within what the host takes (SOCKET_MAX_CALL_BYTES, 1 MB;
 * a test holds the two together). A number, not imported: the contract stays out of the page's first load.
 */
export const SOCKET_MAX_INPUT_UNITS = 340_000;

function isAnswer(message: unknown): message is SocketAnswer {
  if (typeof message !== 'object' || message === null) return false;
  const { id, envelope } = message as Partial<SocketAnswer>;
  return typeof id === 'number' && typeof envelope === 'object' && envelope !== null && 'ok' in envelope;
}

/**
 * Browser mode's api calls over one WebSocket (see API_SOCKET_PATH): a call is one message each way,
 * not an HTTP request with its headers, connection and response through the browser's network
 * service. The first call opens it; calls go over `fallback` (HTTP) until it is open, while it cannot
 * be opened, and when their input is larger than a message takes. A call in flight when the socket
 * closes answers as an HTTP call does when the host is gone; the next call opens a new socket.
 */
export function socketTransport(fallback: Transport, open: () => WebSocket, now: () => number = Date.now): Transport {
  let socket: WebSocket | null = null;
  let opening = false;
  let unavailableUntil = 0;
  let nextId = 1;
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();

  const failPending = () => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const resolve of waiting) resolve(NOT_REACHABLE);
  };

  const connect = () => {
    if (opening) return;
    let ws: WebSocket;
    try {
      ws = open();
    } catch {
      // The browser would not make it (a policy, an old browser): HTTP it is, for a while.
      unavailableUntil = now() + SOCKET_RETRY_MS;
      return;
    }
    opening = true;
    ws.onopen = () => {
      opening = false;
      socket = ws;
    };
    ws.onmessage = (event: MessageEvent) => {
      let answer: unknown;
      try {
        answer = JSON.parse(String(event.data));
      } catch {
        answer = null;
      }
      if (!isAnswer(answer)) {
        // Not something this page asked for: the answers it waits for can no longer be trusted to come.
        ws.close();
        return;
      }
      const resolveCall = pending.get(answer.id);
      pending.delete(answer.id);
      resolveCall?.(answer.envelope);
    };
    ws.onclose = () => {
      if (opening) unavailableUntil = now() + SOCKET_RETRY_MS;
      opening = false;
      if (socket === ws) socket = null;
      failPending();
    };
  };

  return (name, input) => {
    const body = JSON.stringify(input ?? {});
    const ws = socket;
    if (!ws || body.length > SOCKET_MAX_INPUT_UNITS) {
      // Never waits for the socket: the page's first calls (its start-up data) go out at once.
      if (!ws && now() >= unavailableUntil) connect();
      return fallback(name, input);
    }
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      // The input as already written out, not stringified a second time.
      ws.send(`{"id":${id},"method":${JSON.stringify(name)},"input":${body}}`);
    });
  };
}
