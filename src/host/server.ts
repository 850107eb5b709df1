import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { HandlerContext } from '../api/handler-types';
import type { WorkspaceStore } from '../services/store';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from './guards';
import { BodyTooLarge, readBody, refuse, sendJson, statusOf } from '../http/answers';
import { serveStatic } from '../http/static-files';
import { EventStream } from './event-stream';
import { attachApiSockets } from './api-socket';
import { EVENTS_PATH } from '../api/contract/events';
import { MAX_WORKSPACE_FILE_BYTES } from '../api/contract/data';
import type { RoomHost } from '../room/room-host';
import { withRoom, type RoomSettings } from '../room/with-room';
import type { SyncHost } from '../sync/sync-host';
import { withSync, type SyncSettings } from '../sync/with-sync';
import { CONTENT_SECURITY_POLICY } from '../http/web-assets';
import { inWindow, WINDOW_HEADER, windowIdOf, withWindowNotices } from './window-scope';

export { CONTENT_SECURITY_POLICY };

/**
 * Room for any workspace file the import accepts (the largest body): in the request's JSON a quote, a backslash
 * or a line break of the file takes two bytes. A real export grows by about a tenth; the bound is a worst case.
 */
export const MAX_BODY_BYTES = 2 * MAX_WORKSPACE_FILE_BYTES + 1024 * 1024;
export const TOKEN_HEADER = 'x-cadence-token';

export interface HostOptions {
  /**
   * The workspace, or its opening: the host listens (and serves the page) while the data files are
   * still being read, and api calls wait for them.
   */
  store: WorkspaceStore | Promise<WorkspaceStore>;
  staticDir: string;
  token: string;
  port?: number;
  /** Without `port`: the port to try first; a taken one is no error, the host takes any free port. */
  preferredPort?: number;
  now?: () => Date;
  /** The room's settings; without them the room is not offered. */
  room?: RoomSettings | undefined;
  /** Sharing teams through Git; without it the sync methods answer 'not available here'. */
  sync?: SyncSettings | undefined;
}

export interface RunningHost {
  port: number;
  url: string;
  close(): Promise<void>;
}

function methodNameOf(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/** Browser mode: serves the built renderer and answers POST /api/<method> on 127.0.0.1 only. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const events = new EventStream();
  let room: RoomHost | null = null;
  let sync: SyncHost | null = null;
  const context: Promise<HandlerContext> = Promise.resolve(options.store).then((opened) => {
    const now = options.now ?? (() => new Date());
    let store = opened;
    if (options.room) {
      const wired = withRoom(store, now, options.room, events.publish);
      room = wired.room;
      store = wired.store;
    }
    if (options.sync) {
      // Outside the room's store, so the room shows what a merge brought in.
      const wired = withSync(store, now, options.sync, events.publish);
      sync = wired.sync;
      store = wired.store;
      wired.sync.start().catch((error: unknown) => options.sync?.onBackgroundError?.(error));
    }
    // Outermost: what the api changes reaches the other windows; the room and sharing tell of their own.
    store = withWindowNotices(store, events.publish);
    return { store, now, shell: {}, transport: 'browser', room: room ?? undefined, sync: sync ?? undefined };
  });
  // A failed opening is the caller's to report; requests waiting on it answer `internal`.
  context.catch(() => undefined);
  let port = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      if (!isAllowedHost(req.headers.host, port))
        return refuse(res, 'forbidden', 'This server only answers requests addressed to 127.0.0.1 or localhost.');
      if (!isAllowedOrigin(req.headers.origin, port))
        return refuse(res, 'forbidden', 'Requests from other origins are not allowed.');
      const url = req.url ?? '/';
      if (url === EVENTS_PATH && req.method === 'GET') {
        const given = req.headers[TOKEN_HEADER];
        if (!tokenMatches(typeof given === 'string' ? given : undefined, options.token)) {
          return refuse(res, 'unauthorized', 'Missing or wrong access token.');
        }
        return events.attach(res, windowIdOf(req.headers[WINDOW_HEADER]));
      }
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') return refuse(res, 'not_found', 'Api methods are called with POST.');
        const given = req.headers[TOKEN_HEADER];
        if (!tokenMatches(typeof given === 'string' ? given : undefined, options.token)) {
          return refuse(
            res,
            'unauthorized',
            'Missing or wrong access token: open the address Cadence printed when it started.',
          );
        }
        let body: string;
        try {
          body = await readBody(req, MAX_BODY_BYTES);
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            // The rest of the body is never read, so this connection cannot carry another request.
            res.setHeader('connection', 'close');
            return refuse(res, 'too_large', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
          }
          throw error;
        }
        let input: unknown;
        try {
          input = body.trim() === '' ? {} : JSON.parse(body);
        } catch {
          return refuse(res, 'invalid_input', 'The request body is not valid JSON.');
        }
        const name = methodNameOf(url);
        if (name === null) return refuse(res, 'not_found', 'There is no such api method.');
        const ctx = await context;
        const envelope = await inWindow(windowIdOf(req.headers[WINDOW_HEADER]), () => dispatch(ctx, name, input));
        return sendJson(res, envelope.ok ? 200 : statusOf(envelope.error.code), envelope);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'not_found', 'Not found.');
      return serveStatic(res, options.staticDir, url, CONTENT_SECURITY_POLICY);
    })().catch((error: unknown) => {
      console.error('Request failed', error);
      if (!res.headersSent) refuse(res, 'internal', 'The server could not answer this request.');
      else res.destroy();
    });
  });
  const apiSockets = attachApiSockets(server, {
    token: options.token,
    port: () => port,
    // As a request does: a workspace that failed to open answers `internal`.
    call: (name, input, windowId) =>
      context.then(
        (ctx) => inWindow(windowId, () => dispatch(ctx, name, input)),
        () => ({
          ok: false as const,
          error: { code: 'internal' as const, message: 'The server could not answer this request.', issues: [] },
        }),
      ),
  });
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  if (options.port === undefined && options.preferredPort !== undefined) {
    await listen(options.preferredPort).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      return listen(0);
    });
  } else {
    await listen(options.port ?? 0);
  }
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: async () => {
      await (sync as SyncHost | null)?.close();
      await (room as RoomHost | null)?.close();
      events.close();
      apiSockets.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
