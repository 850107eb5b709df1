import type { Envelope } from '../define';

/**
 * Browser mode's api calls over one WebSocket per page (same origin, the same token): a call is one
 * message each way instead of an HTTP request, as the desktop app's ipc is. Calls whose input is larger
 * than SOCKET_MAX_CALL_BYTES go over POST /api/<method>, which takes workspace files.
 */
export const API_SOCKET_PATH = '/api/socket';
/**
 * A page cannot set a WebSocket's headers, and a token in its address would show in the console's
 * connection errors: the page offers two subprotocols, this one and `SOCKET_TOKEN_PREFIX + token`; the
 * host checks the token and answers with this one.
 */
export const SOCKET_PROTOCOL = 'cadence-api';
export const SOCKET_TOKEN_PREFIX = 'cadence-token.';
export const SOCKET_MAX_CALL_BYTES = 1024 * 1024;

/** The page to the host: call `method` with `input`; `id` names the answer. */
export interface SocketCall {
  id: number;
  method: string;
  input: unknown;
}

/** The host to the page: the envelope POST /api/<method> would have answered. */
export interface SocketAnswer {
  id: number;
  envelope: Envelope<unknown>;
}

/** The host closes a socket with this code when a message is not a call; its reason says why. */
export const SOCKET_BAD_MESSAGE = 1007;
