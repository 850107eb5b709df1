import type { Joined } from '../../src/domain/room/protocol';
import type { SendResult } from './connection';

/**
 * What the phone keeps between visits (localStorage is per origin, so per room address): the
 * person's token, and the texts and scores not yet sent (per team), so a reload or a sleeping phone loses nothing.
 */

const TOKEN_KEY = 'cadence.room';

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

/** The room's answer to a draft's text: taken (`ok`) or not. */
export interface DraftAnswer {
  draft: string;
  text: string;
  ok: boolean;
}

/** Where the phone keeps text typed and not yet taken by the room, for one team: see `teamDrafts`. */
export interface Drafts {
  read(draft: string): string;
  /** An empty text removes the draft, so what the room took leaves nothing behind. */
  save(draft: string, text: string): void;
  /**
   * Sends a draft's text and answers the room's reply. Once the room has it, the kept copy goes if it is still that
   * text (what was typed while it was on its way stays). Kept here, not in the form that sent it: that form may be
   * gone by the time the room answers (the room moved on), and the one showing the draft now must hear of it.
   */
  send(draft: string, text: string, sending: Promise<SendResult>): Promise<SendResult>;
  /**
   * The send id of the draft's text (see the protocol's `sendId`): the same for each send of that text, through a
   * reload, so a card the room took before the connection dropped is not added again; a new one once the text changes
   * or the room has taken it.
   */
  sendId(draft: string, text: string): string;
  /** Whether a text of this draft is on its way to the room: not yet taken, but not "not sent" either. */
  onItsWay(draft: string): boolean;
  /** Hears each text set off (`null`) and each answer of the room, for every form showing a draft. */
  subscribe(listener: (answer: DraftAnswer | null) => void): () => void;
  /**
   * Hears the draft changed by another tab of this page on the phone (typed there, or taken by the room from there:
   * then removed), with its text now, so two tabs showing one draft stay in step and it is not sent twice.
   */
  watch(draft: string, listener: (text: string) => void): () => void;
}

/** Drafts kept before they were kept per team (`cadence.room.draft.<draft>`): adopted by `tidyDrafts`. */
const LEGACY_PREFIX = 'cadence.room.draft.';

/**
 * Such drafts of the standup, which name no team, held for the person whose place the page before kept beside them
 * (`claimLegacyDrafts`) until a room shows that person again: then they are that person's team's.
 */
const personPrefix = (personId: string) => `cadence.room.persondraft.${encodeURIComponent(personId)}/`;

const teamPrefix = (teamId: string) => `cadence.room.teamdraft.${encodeURIComponent(teamId)}/`;

const retroPrefix = (retroId: string) => `retro.${retroId}.`;

/** The names of a retro's drafts: all start with `retro.<retroId>.`, so they go with the retro. */
export const retroDrafts = {
  /** A new card for a column. */
  column: (retroId: string, columnId: string) => `${retroPrefix(retroId)}column.${columnId}`,
  /** A change to one of the person's own cards, not yet saved. */
  cardChange: (retroId: string, cardId: string) => `${retroPrefix(retroId)}card.${cardId}`,
  /** The check-in's health scores picked and not sent (JSON). */
  health: (retroId: string) => `${retroPrefix(retroId)}health`,
};

/**
 * A team's drafts on this phone. localStorage is per origin, so per room address, which several teams' rooms may
 * share: each team's drafts are kept apart. `draft` names the field: `standup.blocker`, or a retro's
 * (`retroDrafts`).
 */
export function teamDrafts(storage: Storage, teamId: string): Drafts {
  const prefix = teamPrefix(teamId);
  /** Texts on their way to the room, per draft. */
  const sending = new Map<string, number>();
  const listeners = new Set<(answer: DraftAnswer | null) => void>();
  const tell = (answer: DraftAnswer | null) => {
    for (const listener of [...listeners]) listener(answer);
  };
  /** Where a draft's send id is kept, beside it (so it goes with its retro): the id, a line break, the text it names. */
  const sendKey = (draft: string) => `${prefix}${draft}${SEND_ID_SUFFIX}`;
  const drafts: Drafts = {
    read: (draft) => storage.getItem(prefix + draft) ?? '',
    save: (draft, text) => {
      try {
        if (text === '') {
          storage.removeItem(prefix + draft);
          storage.removeItem(sendKey(draft));
        } else storage.setItem(prefix + draft, text);
      } catch {
        // Storage refused: the draft stays on screen, it just will not survive a reload.
      }
    },
    sendId: (draft, text) => {
      const kept = storage.getItem(sendKey(draft)) ?? '';
      const cut = kept.indexOf('\n');
      if (cut > 0 && kept.slice(cut + 1) === text) return kept.slice(0, cut);
      const id = newSendId();
      try {
        storage.setItem(sendKey(draft), `${id}\n${text}`);
      } catch {
        // Storage refused: sent again from this page, the text goes as a new send.
      }
      return id;
    },
    send: async (draft, text, answer) => {
      sending.set(draft, (sending.get(draft) ?? 0) + 1);
      tell(null);
      const result = await answer;
      const left = (sending.get(draft) ?? 1) - 1;
      if (left > 0) sending.set(draft, left);
      else sending.delete(draft);
      if (result.ok && drafts.read(draft) === text) drafts.save(draft, '');
      tell({ draft, text, ok: result.ok });
      return result;
    },
    onItsWay: (draft) => sending.has(draft),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    watch: (draft, listener) => {
      // The browser tells the other tabs of a page, not the one that wrote; a null key is a cleared storage.
      const heard = (event: StorageEvent) => {
        if (event.storageArea === storage && (event.key === null || event.key === prefix + draft)) {
          listener(drafts.read(draft));
        }
      };
      window.addEventListener('storage', heard);
      return () => window.removeEventListener('storage', heard);
    },
  };
  return drafts;
}

/** Ends the key of a draft's send id. A draft's own name never holds it ("#" is in no id or draft name). */
const SEND_ID_SUFFIX = '#send';

/** 128 random bits, in hex: `crypto.randomUUID` needs a secure context, and the room is often plain HTTP. */
export function newSendId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function keysStarting(storage: Storage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Moves a draft to `to` (unless a draft is kept there already, which stays) and lets go of `from`. */
function adopt(storage: Storage, from: string, to: string): void {
  const text = storage.getItem(from);
  if (text === null) return;
  if (storage.getItem(to) === null) storage.setItem(to, text);
  storage.removeItem(from);
}

/**
 * Takes in the standup drafts kept before drafts were kept per team, which name no team, at the page's start: the
 * place kept beside them (`cadence.room`, before a new join replaces it) is the person they were written as, in the
 * room of their team; they are held for that person (see `tidyDrafts`). With no place kept (the page before had
 * left its room), nothing tells which team they were for: offered to the next room's team, whatever it is, a
 * blocker would be raised in a team it is not about, so they go.
 */
export function claimLegacyDrafts(storage: Storage, personId: string | null): void {
  try {
    for (const key of keysStarting(storage, `${LEGACY_PREFIX}standup.`)) {
      if (personId === null) storage.removeItem(key);
      else adopt(storage, key, personPrefix(personId) + key.slice(LEGACY_PREFIX.length));
    }
  } catch {
    // Storage refused: the drafts stay as they were, and no room offers them.
  }
}

/**
 * Squares the team's drafts with the retros the room says the team has (`retroIds`, every one): drops those of
 * the team's other retros (deleted, maybe while this phone was offline), and takes in drafts kept before drafts
 * were kept per team, where they are this team's: one of these retros', or a standup draft held for the person
 * the room shows (`personId`, see `claimLegacyDrafts`). Other teams' drafts are left alone.
 */
export function tidyDrafts(storage: Storage, teamId: string, retroIds: readonly string[], personId: string): void {
  const prefix = teamPrefix(teamId);
  const isLive = (draft: string) => retroIds.some((id) => draft.startsWith(retroPrefix(id)));
  try {
    for (const key of keysStarting(storage, `${prefix}retro.`)) {
      if (!isLive(key.slice(prefix.length))) storage.removeItem(key);
    }
    for (const key of keysStarting(storage, LEGACY_PREFIX)) {
      const draft = adoptedName(key.slice(LEGACY_PREFIX.length), retroIds);
      if (draft !== null) adopt(storage, key, prefix + draft);
    }
    const held = personPrefix(personId);
    for (const key of keysStarting(storage, held)) adopt(storage, key, prefix + key.slice(held.length));
  } catch {
    // Storage refused: the drafts stay as they were.
  }
}

/** A retro column's card kept before drafts were kept per team, named as now; null if it is not one of these retros'. */
function adoptedName(legacy: string, retroIds: readonly string[]): string | null {
  // The longest id that fits: an id may hold a dot.
  const retroId = retroIds
    .filter((id) => legacy.startsWith(retroPrefix(id)))
    .reduce<string | null>((best, id) => (best === null || id.length > best.length ? id : best), null);
  return retroId === null ? null : retroDrafts.column(retroId, legacy.slice(retroPrefix(retroId).length));
}
