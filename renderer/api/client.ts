import type { CadenceApi, CadenceBridge, MethodName } from '../../src/api/contract';
import type { Envelope } from '../../src/api/define';
import { afterNextPaint } from './after-paint';
import { ApiCallError } from './errors';
import { NOT_REACHABLE, socketTransport, type Transport } from './socket-transport';
import { WINDOW_HEADER, WINDOW_PARAM, windowId } from './window-id';

declare global {
  interface Window {
    /** Present in Electron only, from the preload. */
    cadence?: CadenceBridge;
  }
}

const TOKEN_KEY = 'cadence.token';

/** Browser mode: the access token arrives once in the address, then lives in this tab's session storage. */
export function takeTokenFromLocation(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    // Kept for reloads and taken out of the address once a frame is painted: at start-up the first api
    // calls wait on this function, and a history change costs ~10 ms (a new tab's first use of session
    // storage ~5 ms, waiting on the browser process).
    void afterNextPaint().then(() => {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      url.searchParams.delete('token');
      window.history.replaceState(null, '', url.pathname + url.search + window.location.hash);
    });
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

let token: string | null | undefined;

/** The browser-mode access token, read from the address once per page. */
export function accessToken(): string | null {
  if (token === undefined) token = takeTokenFromLocation();
  return token;
}

function httpTransport(): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`./api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-cadence-token': accessToken() ?? '',
          [WINDOW_HEADER]: windowId(),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return NOT_REACHABLE;
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `The server answered ${response.status} without data.`, issues: [] },
      };
    }
  };
}

/**
 * Browser mode's socket for api calls: the host's API_SOCKET_PATH, and the token offered as a subprotocol
 * (SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX). Written here rather than imported: the contract stays out of the
 * page's first load; the room's e2e test sees the screen's calls on it.
 */
const API_SOCKET_URL = './api/socket';
const SOCKET_PROTOCOL = 'cadence-api';
const SOCKET_TOKEN_PREFIX = 'cadence-token.';

/** Opens browser mode's socket for api calls, beside the page. */
function openApiSocket(): WebSocket {
  const url = new URL(API_SOCKET_URL, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set(WINDOW_PARAM, windowId());
  return new WebSocket(url, [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${accessToken() ?? ''}`]);
}

function bridgeTransport(bridge: CadenceBridge): Transport {
  return (name, input) => (bridge[name] as (i: unknown) => Promise<Envelope<unknown>>)(input);
}

/**
 * Builds the typed client over a transport: resolves with the value or throws ApiCallError. A proxy
 * rather than a table built from the contract, so the renderer's first load carries no schemas (the
 * main process and the host validate every call).
 */
export function clientOver(transport: Transport): CadenceApi {
  const methods = new Map<string, (input: unknown) => Promise<unknown>>();
  return new Proxy({} as CadenceApi, {
    get(_target, name) {
      // Not a method: symbols, and `then`, so the client is never mistaken for a promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let call = methods.get(name);
      if (!call) {
        call = async (input: unknown) => {
          const envelope = await transport(name as MethodName, input);
          if (!envelope.ok) throw new ApiCallError(envelope.error);
          return envelope.value;
        };
        methods.set(name, call);
      }
      return call;
    },
  });
}

let current: CadenceApi | null = null;

/** The app's api client: Electron's bridge when present, else the host's socket (HTTP where it cannot be used). */
export function getApi(): CadenceApi {
  if (!current) {
    current = clientOver(
      window.cadence ? bridgeTransport(window.cadence) : socketTransport(httpTransport(), openApiSocket),
    );
  }
  return current;
}

/** Tests swap in an in-process client. */
export function setApi(api: CadenceApi | null): void {
  current = api;
}

export type { Transport };
