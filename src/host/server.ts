import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../api/dispatch';
import type { Envelope } from '../api/define';
import type { HandlerContext } from '../api/handler-types';
import type { ErrorCode } from '../domain/shared/errors';
import type { WorkspaceStore } from '../services/store';
import { isAllowedHost, isAllowedOrigin, resolveStaticPath, tokenMatches } from './guards';
import { assetHeaders } from './web-assets';

export { CONTENT_SECURITY_POLICY } from './web-assets';

export const MAX_BODY_BYTES = 25 * 1024 * 1024;
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
  now?: () => Date;
}

export interface RunningHost {
  port: number;
  url: string;
  close(): Promise<void>;
}

const STATUS_FOR: Partial<Record<ErrorCode, number>> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  read_only: 409,
  unsupported: 501,
  unauthorized: 401,
  forbidden: 403,
  too_large: 413,
  internal: 500,
};

function sendJson(res: http.ServerResponse, status: number, body: Envelope<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: http.ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, STATUS_FOR[code] ?? 400, { ok: false, error: { code, message, issues: [] } });
}

class BodyTooLarge extends Error {}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: http.ServerResponse, root: string, urlPath: string): Promise<void> {
  const file = resolveStaticPath(root, urlPath);
  const notFound = () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  };
  if (!file) return notFound();
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch {
    return notFound();
  }
  res.writeHead(200, {
    ...assetHeaders(file),
    'content-length': data.length,
    'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  res.end(data);
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
  const context: Promise<HandlerContext> = Promise.resolve(options.store).then((store) => ({
    store,
    now: options.now ?? (() => new Date()),
    shell: {},
    transport: 'browser',
  }));
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
        const envelope = await dispatch(await context, name, input);
        return sendJson(res, envelope.ok ? 200 : (STATUS_FOR[envelope.error.code] ?? 400), envelope);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 'not_found', 'Not found.');
      return serveStatic(res, options.staticDir, url);
    })().catch((error: unknown) => {
      console.error('Request failed', error);
      if (!res.headersSent) refuse(res, 'internal', 'The server could not answer this request.');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
