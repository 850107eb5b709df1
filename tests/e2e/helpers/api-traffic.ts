import type { Page, WebSocket as PageSocket } from 'playwright-core';
import { API_SOCKET_PATH, type SocketAnswer, type SocketCall } from '../../../src/api/contract/socket';
import { EVENTS_PATH } from '../../../src/api/contract/events';
import type { Envelope } from '../../../src/api/define';

export interface ApiTraffic {
  /** Every api answer the page received so far, as text: over its socket and over HTTP. */
  readonly answers: string[];
  /** The names of the methods the page called over its api socket. */
  readonly overSocket: string[];
  /** Resolves with the next answer to `method` (call it before the input that makes the call). */
  answerTo(method: string): Promise<Envelope<unknown>>;
}

const frameText = (payload: string | Buffer) => (typeof payload === 'string' ? payload : payload.toString('utf8'));

const watched = new WeakMap<Page, ApiTraffic>();

/**
 * Watches a page's api calls, whichever way they go (browser mode calls over one WebSocket, and over
 * HTTP for large inputs or where the socket cannot be opened). Install before the page loads: the
 * socket is opened at its first call. Called again for the same page, returns the same watcher.
 */
export function watchApiTraffic(page: Page): ApiTraffic {
  const existing = watched.get(page);
  if (existing) return existing;
  const answers: string[] = [];
  const overSocket: string[] = [];
  const waiting: { method: string; resolve: (envelope: Envelope<unknown>) => void }[] = [];
  const heard = (method: string, envelope: Envelope<unknown>) => {
    const at = waiting.findIndex((w) => w.method === method);
    if (at >= 0) waiting.splice(at, 1)[0]?.resolve(envelope);
  };
  page.on('websocket', (socket: PageSocket) => {
    if (!new URL(socket.url()).pathname.endsWith(API_SOCKET_PATH)) return;
    const methodOf = new Map<number, string>();
    socket.on('framesent', ({ payload }) => {
      const call = JSON.parse(frameText(payload)) as SocketCall;
      methodOf.set(call.id, call.method);
      overSocket.push(call.method);
    });
    socket.on('framereceived', ({ payload }) => {
      const text = frameText(payload);
      answers.push(text);
      const answer = JSON.parse(text) as SocketAnswer;
      const method = methodOf.get(answer.id);
      if (method) heard(method, answer.envelope);
    });
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (!pathname.startsWith('/api/') || pathname === EVENTS_PATH) return;
    response.text().then(
      (body) => {
        answers.push(body);
        heard(pathname.slice('/api/'.length), JSON.parse(body) as Envelope<unknown>);
      },
      () => undefined,
    );
  });
  const traffic: ApiTraffic = {
    answers,
    overSocket,
    answerTo: (method) => new Promise((resolve) => waiting.push({ method, resolve })),
  };
  watched.set(page, traffic);
  return traffic;
}
