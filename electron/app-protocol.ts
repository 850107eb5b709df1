import { promises as fs } from 'node:fs';
import type { Protocol } from 'electron';
import { resolveStaticPath } from '../src/http/static-path';
import { assetHeaders } from '../src/http/web-assets';

/**
 * The app's page is served from its own scheme, not file://: a file: page shares its origin with every
 * local file, while app://cadence is an origin of its own that the ipc guard and the permission handler
 * can recognise, and module workers load from it.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cadence';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Must run before the app is ready: standard (real origin, relative URLs), secure (like https), and with
 * V8's code cache, which Chromium keeps for http(s) only unless told: a start then loads the scripts'
 * compiled code instead of compiling them again.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Answers app://cadence/<path> with a file of the built renderer, never one outside `rendererDir`. */
export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || request.method !== 'GET') return notFound();
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return notFound();
    try {
      const data = await fs.readFile(file);
      return new Response(new Uint8Array(data), { status: 200, headers: assetHeaders(file) });
    } catch {
      return notFound();
    }
  };
}
