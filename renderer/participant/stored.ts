import type { Joined } from '../../src/domain/room/protocol';

/**
 * What the phone keeps between visits (localStorage is per origin, so per room address): the
 * person's token, and the card drafts not yet sent, so a reload or a sleeping phone loses nothing.
 */

const TOKEN_KEY = 'cadence.room';
const DRAFT_PREFIX = 'cadence.room.draft.';

export function readJoined(storage: Storage): Joined | null {
  try {
    const raw = storage.getItem(TOKEN_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'token' in parsed &&
      'personId' in parsed &&
      'name' in parsed &&
      typeof parsed.token === 'string' &&
      typeof parsed.personId === 'string' &&
      typeof parsed.name === 'string'
    ) {
      return { token: parsed.token, personId: parsed.personId, name: parsed.name };
    }
  } catch {
    // A value this page did not write: treat as not joined.
  }
  return null;
}

/** A browser that refuses storage (private mode, full) still works for this visit. */
export function saveJoined(storage: Storage, joined: Joined): void {
  try {
    storage.setItem(TOKEN_KEY, JSON.stringify(joined));
  } catch {
    // Kept in memory only.
  }
}

export function clearJoined(storage: Storage): void {
  storage.removeItem(TOKEN_KEY);
}

/** `draft` names the field, e.g. `retro.<retroId>.<columnId>` or `standup.blocker`. */
export function readDraft(storage: Storage, draft: string): string {
  return storage.getItem(DRAFT_PREFIX + draft) ?? '';
}

/** An empty draft removes the key, so sent text leaves nothing behind. */
export function saveDraft(storage: Storage, draft: string, text: string): void {
  try {
    if (text === '') storage.removeItem(DRAFT_PREFIX + draft);
    else storage.setItem(DRAFT_PREFIX + draft, text);
  } catch {
    // Storage refused: the draft stays on screen, it just will not survive a reload.
  }
}

/** Drops every draft kept for a retro (`retro.<retroId>.…`): the retro was deleted, nothing can take them. */
export function dropRetroDrafts(storage: Storage, retroId: string): void {
  const prefix = `${DRAFT_PREFIX}retro.${retroId}.`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
