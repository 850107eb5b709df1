import type { Joined, JoinKey, Lobby } from '../../src/domain/room/protocol';
import type { ParticipantEnv } from './env';

/**
 * A join step's answer: the value, or the server's own message for the person and its error code (null when the room
 * did not answer with one).
 */
export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; code: string | null; message: string };

/** The error code of a key (link or code) the room no longer takes: the facilitator made a new one. */
export const KEY_REFUSED = 'unauthorized';

/** The room may be gone from this address (closed, or opened again on another port) or the phone off its Wi-Fi. */
const UNREACHABLE =
  'Cannot reach the room. If the facilitator closed it or opened it again, scan the new QR code on the shared screen. Otherwise check that this phone is on the same Wi-Fi as the meeting room, then try again.';

function isEnvelope(
  body: unknown,
): body is { ok: boolean; value?: unknown; error?: { code?: unknown; message?: unknown } } {
  return typeof body === 'object' && body !== null && 'ok' in body && typeof body.ok === 'boolean';
}

async function post<T>(env: ParticipantEnv, path: string, body: object): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await env.fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: null, message: UNREACHABLE };
  }
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // Not the room's JSON (a proxy page, a closed room): fall through to the generic message.
  }
  if (isEnvelope(parsed)) {
    if (parsed.ok && response.ok) return { ok: true, value: parsed.value as T };
    const { code, message } = parsed.error ?? {};
    if (typeof message === 'string' && message !== '') {
      return { ok: false, status: response.status, code: typeof code === 'string' ? code : null, message };
    }
  }
  const message = `The room answered ${response.status}. ${UNREACHABLE}`;
  return { ok: false, status: response.status, code: null, message };
}

/** POST /room/lobby: the team and the members who can still join. */
export function fetchLobby(env: ParticipantEnv, key: JoinKey): Promise<Answer<Lobby>> {
  return post<Lobby>(env, '/room/lobby', key);
}

/** Who joins: a team member picked from the list, or a guest by the name they typed. */
export type Who = { memberId: string } | { guestName: string };

/** POST /room/join: a token for this person. */
export function postJoin(env: ParticipantEnv, key: JoinKey, who: Who): Promise<Answer<Joined>> {
  return post<Joined>(env, '/room/join', { ...key, ...who });
}
