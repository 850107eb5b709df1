import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { WebSocketServer, type WebSocket } from 'ws';
import { DomainError } from '../domain/shared/errors';
import {
  JoinKeySchema,
  JoinRequestSchema,
  ROOM_LIMITS,
  type JoinRequest,
  type ServerMessage,
} from '../domain/room/protocol';
import { BodyTooLarge, readBody, refuse, sendJson } from '../http/answers';
import { serveStatic } from '../http/static-files';
import { LOCKED_DOWN } from '../http/web-assets';
import { holdUpgrade, requestUrl } from '../http/upgrade';
import { urlHost } from './addresses';
import { RoomRefusal } from './session';

/** The participant page's policy: its own scripts and styles, its own socket, nothing else. */
export const ROOM_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  ...LOCKED_DOWN,
].join('; ');

/** Closing a socket with this code tells the page not to come back with the same token. */
export const TOKEN_ENDED = 4001;
/**
 * Closing a socket with this code says the person opened the room on more devices or tabs than
 * MAX_SOCKETS_PER_PERSON and this, their oldest, was let go; their place and token stay.
 */
export const TOO_MANY_SOCKETS = 4002;
/** Why a key waits out the minute, by the limit passed, and what still works meanwhile. */
const TOO_MANY_WRONG_CODES = {
  address:
    'Too many wrong codes from this phone. Scan the QR code on the shared screen, or wait a minute and type its code again.',
  room: 'Too many wrong codes were tried in this room. Scan the QR code on the shared screen, or wait a minute and type its new code.',
} as const;
const TOKEN_ENDED_MESSAGE = 'This device is no longer in the room. Join again with the code on the shared screen.';

/**
 * Why a join request is refused, in words. The request's shapes (a key and who joins) form a union, which fails as a
 * whole with zod's "Invalid input": the key's own message comes first (a link cut short), then what is missing.
 */
function joinRefusal(raw: unknown, issues: readonly { code: string; message: string }[]): string {
  const first = issues[0];
  if (first?.code !== 'invalid_union') return first?.message ?? 'The request is not valid.';
  const fields = typeof raw === 'object' && raw !== null ? Object.entries(raw) : [];
  const key = Object.fromEntries(fields.filter(([name]) => name !== 'memberId' && name !== 'guestName'));
  const keyCheck = JoinKeySchema.safeParse(key);
  return keyCheck.success
    ? 'Say who is joining: pick your name, or type it to join as a guest.'
    : (keyCheck.error.issues[0]?.message ?? first.message);
}

/** What the listener asks of the room behind it; it holds no room state itself. */
export interface RoomGate {
  lobby(key: { secret: string } | { code: string }): unknown;
  join(request: JoinRequest): unknown;
  /** The person a token belongs to, or null. */
  personFor(token: string): string | null;
  connect(personId: string, socket: WebSocket): void;
  /** Called when the room-wide code-attempt limit is passed: the code changes. */
  tooManyAttempts(): void;
  /** Whether the key is the room's current link, whose secret cannot be guessed: no limit on guesses holds it back. */
  isLink(key: { secret: string } | { code: string }): boolean;
}

export interface ListenerOptions {
  address: string;
  port: number;
  staticDir: string;
  /** Names besides the address that the Host header may carry (a certificate's names; room.test in tests). */
  hostNames: readonly string[];
  tls?: { cert: string; key: string } | undefined;
}

export interface RunningListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The room's own listener, on the one address picked: the participant page, /room/lobby, /room/join and
 * one WebSocket. The facilitator's api and token do not exist here.
 */
export async function startListener(options: ListenerOptions, gate: RoomGate): Promise<RunningListener> {
  const scheme = options.tls ? 'https' : 'http';
  const perAddress = new RateLimiterMemory({ points: ROOM_LIMITS.codeAttemptsPerMinutePerAddress, duration: 60 });
  const overall = new RateLimiterMemory({ points: ROOM_LIMITS.codeAttemptsPerMinute, duration: 60 });
  let port = options.port;

  const allowedHost = (host: string | undefined) =>
    !!host && [options.address, ...options.hostNames].some((name) => host === `${urlHost(name)}:${port}`);
  const allowedOrigin = (origin: string | undefined, host: string | undefined) =>
    origin === undefined || (allowedHost(host) && origin === `${scheme}://${host}`);

  /**
   * Wrong keys count against the address and the room; past either limit keys from there wait out the minute (429):
   * which limit, or null. The room's cap is far above one address's, so one phone guessing holds back only itself;
   * the meeting room's phones have their own addresses.
   */
  const limited = async (ip: string): Promise<'address' | 'room' | null> => {
    const [mine, all] = await Promise.all([perAddress.get(ip), overall.get('room')]);
    if ((mine?.consumedPoints ?? 0) >= ROOM_LIMITS.codeAttemptsPerMinutePerAddress) return 'address';
    return (all?.consumedPoints ?? 0) >= ROOM_LIMITS.codeAttemptsPerMinute ? 'room' : null;
  };
  /**
   * Only the room's cap changes the code: guesses from that many addresses may be closing in on it. One phone past its
   * own limit is held back already, and its few guesses a minute are no threat to a code of 31^6; a new code would
   * only make the one everyone else is typing wrong.
   */
  const countWrongKey = async (ip: string): Promise<void> => {
    const [, room] = await Promise.allSettled([perAddress.consume(ip), overall.consume('room')]);
    const spent = room.status === 'fulfilled' ? room.value.consumedPoints : Infinity;
    if (spent >= ROOM_LIMITS.codeAttemptsPerMinute) gate.tooManyAttempts();
  };

  const handlePost = async (req: http.IncomingMessage, res: http.ServerResponse, route: 'lobby' | 'join') => {
    const ip = req.socket.remoteAddress ?? 'unknown';
    let raw: unknown;
    try {
      raw = JSON.parse(await readBody(req, ROOM_LIMITS.maxMessageBytes));
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(res, 'too_large', 'The request is too large.');
      return refuse(res, 'invalid_input', 'The request is not valid JSON.');
    }
    const lobby = route === 'lobby' ? JoinKeySchema.safeParse(raw) : null;
    const join = route === 'join' ? JoinRequestSchema.safeParse(raw) : null;
    const parsed = lobby ?? join;
    if (!parsed?.success) {
      const issues = parsed?.error.issues ?? [];
      const message = join ? joinRefusal(raw, issues) : (issues[0]?.message ?? 'The request is not valid.');
      return refuse(res, 'invalid_input', message);
    }
    // The link's 256-bit secret cannot be guessed: a phone that scanned the QR code gets in while others guess.
    const limit = gate.isLink(parsed.data) ? null : await limited(ip);
    if (limit) return refuse(res, 'forbidden', TOO_MANY_WRONG_CODES[limit], 429);
    try {
      const value = lobby?.success ? gate.lobby(lobby.data) : join?.success ? gate.join(join.data) : null;
      return sendJson(res, 200, { ok: true, value });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error instanceof RoomRefusal && error.guess) await countWrongKey(ip);
      return refuse(res, error.code, error.message, error instanceof RoomRefusal ? error.status : undefined);
    }
  };

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    void (async () => {
      if (!allowedHost(req.headers.host)) return refuse(res, 'forbidden', 'Wrong address for this room.');
      if (!allowedOrigin(req.headers.origin, req.headers.host)) {
        return refuse(res, 'forbidden', 'Requests from other pages are not allowed.');
      }
      const url = (req.url ?? '/').split('?')[0] ?? '/';
      if (req.method === 'POST' && (url === '/room/lobby' || url === '/room/join')) {
        return handlePost(req, res, url === '/room/lobby' ? 'lobby' : 'join');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'not_found', 'Not found.');
      const page = url === '/' || url === '/j' ? '/index.html' : url.startsWith('/assets/') ? url : null;
      if (!page) return refuse(res, 'not_found', 'Not found.');
      return serveStatic(res, options.staticDir, page, ROOM_CONTENT_SECURITY_POLICY);
    })().catch(() => {
      if (!res.headersSent) refuse(res, 'internal', 'The room could not answer this request.');
      else res.destroy();
    });
  };

  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : http.createServer(onRequest);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxMessageBytes });

  // Authenticated in the upgrade, before any socket exists: right host, right origin, a live token.
  server.on('upgrade', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
    const held = holdUpgrade(socket);
    const reject = held.refuse;
    const url = requestUrl(req.url);
    if (!url) return reject(400, 'Bad Request');
    if (url.pathname !== '/room/socket') return reject(404, 'Not Found');
    if (!allowedHost(req.headers.host) || !allowedOrigin(req.headers.origin, req.headers.host)) {
      return reject(403, 'Forbidden');
    }
    const personId = gate.personFor(url.searchParams.get('t') ?? '');
    sockets.handleUpgrade(req, socket, head, (ws) => {
      held.handedOver();
      if (personId) return gate.connect(personId, ws);
      // A browser cannot read a refused handshake's status, only a close code: say it in one, and stop.
      ws.send(
        JSON.stringify({ type: 'ended', reason: 'closed', message: TOKEN_ENDED_MESSAGE } satisfies ServerMessage),
      );
      ws.close(TOKEN_ENDED, 'token');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.address, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of sockets.clients) client.terminate();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
