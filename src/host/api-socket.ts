import type http from 'node:http';
import type { Socket } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import {
  API_SOCKET_PATH,
  SOCKET_BAD_MESSAGE,
  SOCKET_MAX_CALL_BYTES,
  SOCKET_PROTOCOL,
  SOCKET_TOKEN_PREFIX,
  type SocketAnswer,
} from '../api/contract/socket';
import type { Envelope } from '../api/define';
import { holdUpgrade, requestUrl } from '../http/upgrade';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guards';
import { WINDOW_PARAM, windowIdOf } from './window-scope';

/** Room in a message for the call's own fields beside its input. */
const FRAME_SLACK_BYTES = 4096;

const CallSchema = z.object({
  id: z.number().int().nonnegative(),
  method: z.string().min(1).max(200),
  input: z.unknown(),
});

export interface ApiSocketOptions {
  token: string;
  /** The port the host listens on, once it does (the Host and Origin checks name it). */
  port: () => number;
  /** Answers one call, as POST /api/<method> does, for the window the socket's page named; never throws. */
  call: (method: string, input: unknown, windowId: string | null) => Promise<Envelope<unknown>>;
}

export interface ApiSockets {
  close(): void;
}

/** The token a page offers among its subprotocols (see SOCKET_PROTOCOL), if it offers one and ours. */
function offeredToken(header: string | undefined): string | undefined {
  const offered = (header ?? '').split(',').map((p) => p.trim());
  if (!offered.includes(SOCKET_PROTOCOL)) return undefined;
  return offered.find((p) => p.startsWith(SOCKET_TOKEN_PREFIX))?.slice(SOCKET_TOKEN_PREFIX.length);
}

/** The id of a message that is not a call, when it has a readable one, so its sender hears why. */
function idOf(message: unknown): number | null {
  if (typeof message !== 'object' || message === null || !('id' in message)) return null;
  const { id } = message as { id: unknown };
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

function readCall(
  data: RawData,
): { id: number; method: string; input: unknown } | { refusal: string; id: number | null } {
  let message: unknown;
  try {
    message = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : String(data));
  } catch {
    return { refusal: 'The message is not valid JSON.', id: null };
  }
  const call = CallSchema.safeParse(message);
  if (!call.success) {
    return {
      refusal: 'A message must be a call: {"id": a whole number, "method": a name, "input": …}.',
      id: idOf(message),
    };
  }
  return call.data;
}

function answer(socket: WebSocket, id: number, envelope: Envelope<unknown>): void {
  // A page that left meanwhile has nobody to tell; its change is saved all the same.
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id, envelope } satisfies SocketAnswer));
}

function serve(socket: WebSocket, call: ApiSocketOptions['call'], windowId: string | null): void {
  // ws closes a socket that breaks the protocol or sends too much (1002, 1009) and then emits 'error':
  // unheard, that event would stop the host.
  socket.on('error', () => socket.terminate());
  socket.on('message', (data) => {
    const read = readCall(data);
    if ('refusal' in read) {
      if (read.id === null) return socket.close(SOCKET_BAD_MESSAGE, read.refusal);
      return answer(socket, read.id, {
        ok: false,
        error: { code: 'invalid_input', message: read.refusal, issues: [] },
      });
    }
    void call(read.method, read.input, windowId).then((envelope) => answer(socket, read.id, envelope));
  });
}

/**
 * Browser mode's api socket on the host's own server (API_SOCKET_PATH): authenticated in the upgrade, as
 * the api's requests are (loopback Host, the page's own Origin, the token, offered as a subprotocol);
 * each message a call.
 */
export function attachApiSockets(server: http.Server, options: ApiSocketOptions): ApiSockets {
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: SOCKET_MAX_CALL_BYTES + FRAME_SLACK_BYTES,
    // The token was checked in the upgrade; the answer names our protocol, never echoes the token.
    handleProtocols: () => SOCKET_PROTOCOL,
  });
  server.on('upgrade', (req: http.IncomingMessage, raw: Socket, head: Buffer) => {
    const held = holdUpgrade(raw);
    const reject = held.refuse;
    const url = requestUrl(req.url);
    if (!url) return reject(400, 'Bad Request');
    if (url.pathname !== API_SOCKET_PATH) return reject(404, 'Not Found');
    if (!isAllowedHost(req.headers.host, options.port()) || !isAllowedOrigin(req.headers.origin, options.port())) {
      return reject(403, 'Forbidden');
    }
    if (!tokenMatches(offeredToken(req.headers['sec-websocket-protocol']), options.token)) {
      return reject(401, 'Unauthorized');
    }
    return sockets.handleUpgrade(req, raw, head, (socket) => {
      held.handedOver();
      serve(socket, options.call, windowIdOf(url.searchParams.get(WINDOW_PARAM)));
    });
  });
  return {
    close: () => {
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
    },
  };
}
