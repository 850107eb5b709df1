import type { Joined, JoinKey, Lobby, ParticipantView } from '../../src/domain/room/protocol';
import { isBlankName } from '../../src/domain/shared/blank-name';
import { sameName } from '../../src/domain/shared/name-key';
import { RoomConnection, type ConnectionStatus, type Outgoing, type SendResult } from './connection';
import type { ParticipantEnv } from './env';
import { fetchLobby, KEY_REFUSED, postJoin, type Who } from './join-api';
import { claimLegacyDrafts, clearJoined, readJoined, saveJoined, tidyDrafts } from './stored';

/** Where the person is: typing the code, picking their name, or in the room. */
export type Stage =
  | { kind: 'code' }
  | { kind: 'lobby'; lobby: Lobby }
  | { kind: 'room'; joined: Joined; view: ParticipantView | null; status: ConnectionStatus; failures: number };

export interface SessionState {
  stage: Stage;
  /** A join step is waiting for the room. */
  busy: boolean;
  /** The last join step's failure, in the server's words. */
  error: string | null;
  /** The error is about the guest's name (blank, or refused by the room): the guest form shows it at its field. */
  guestNameError?: boolean;
  /** Why the person is back at the start (removed, room closed …), or a room-wide error. */
  notice: string | null;
}

/** The room code's length (CODE_LENGTH in the protocol; not imported, so zod stays out of this page). */
const CODE_CHARACTERS = 6;

/**
 * The room turned down the key it took for the names shown: the facilitator made a new code and link since (New code,
 * a Remove, or too many wrong codes tried). Asking again with the old one would only count as another wrong code.
 */
const KEY_CHANGED = {
  code: 'The room code has changed since you typed it. Type the code on the shared screen now.',
  secret:
    'The join link has changed since you opened it. Scan the QR code on the shared screen again, or type the room code.',
} as const;

/** What the join screens say once the person has left the room from this phone. */
const LEFT = {
  names: 'You left the room. Pick your name to join again.',
  locked:
    'You left the room. It is locked: once the facilitator unlocks it, tap Look for my name again to pick your name.',
  code: 'You left the room. To join again, type the code on the shared screen.',
} as const;

/** `#s=<secret>` from the join link, or null. */
export function secretFromHash(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get('s');
  return secret ? secret : null;
}

/** The code as the server reads it: upper case, spaces and dashes dropped. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase().replace(/[\s-]/g, '');
}

/**
 * The participant page's state and actions, outside any component so a test can drive it and a
 * reload can pick up where the phone left off.
 */
export class ParticipantSession {
  private state: SessionState = { stage: { kind: 'code' }, busy: false, error: null, notice: null };
  private readonly listeners = new Set<() => void>();
  private key: JoinKey | null = null;
  private connection: RoomConnection | null = null;
  /** The name typed in the guest form: kept while the phone goes back to the code step (the code changed meanwhile). */
  private typedGuestName = '';

  constructor(private readonly env: ParticipantEnv) {}

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the link's secret (then hides it from the address bar) and resumes a stored place. */
  start(): void {
    const secret = secretFromHash(this.env.location.hash);
    if (secret) {
      this.key = { secret };
      this.env.replaceUrl(this.env.location.pathname + this.env.location.search);
    }
    const joined = readJoined(this.env.storage);
    claimLegacyDrafts(this.env.storage, joined?.personId ?? null);
    if (joined) this.enter(joined);
    else if (this.key) void this.lookUp(this.key);
  }

  submitCode = (typed: string): void => {
    if (this.state.busy) return;
    const code = normalizeCode(typed);
    if (code.length !== CODE_CHARACTERS) {
      this.set({ error: `The room code has ${CODE_CHARACTERS} characters: check the shared screen.` });
      return;
    }
    void this.lookUp({ code });
  };

  /** Joins as a team member picked from the list. */
  pick = (memberId: string): Promise<void> => this.join({ memberId });

  /** What the guest form holds when it shows again; cleared once the phone is in the room. */
  get guestName(): string {
    return this.typedGuestName;
  }

  keepGuestName = (name: string): void => {
    this.typedGuestName = name;
  };

  /** Joins as a guest by name, where the facilitator allows guests. */
  joinAsGuest = (name: string): Promise<void> => {
    const guestName = name.trim();
    // A name of invisible characters only (a zero-width space) would be a blank person; the room refuses it too.
    if (isBlankName(guestName)) {
      this.set({ error: 'Type your name first.', guestNameError: true });
      return Promise.resolve();
    }
    return this.join({ guestName });
  };

  private join = async (who: Who): Promise<void> => {
    const key = this.key;
    if (!key || this.state.busy) return;
    this.set({ busy: true, error: null });
    const answer = await postJoin(this.env, key, who);
    if (!answer.ok && answer.code === KEY_REFUSED) return this.keyChanged(key);
    const kept = answer.ok ? null : this.placeOfOtherTab(who, answer.status);
    if (kept) {
      this.set({ busy: false });
      return this.enter(kept);
    }
    if (!answer.ok) {
      // The name went from the list shown (taken off the team, or joined from another device) since it was
      // fetched: the list the room has now comes with the reason, so the name is not offered again.
      const stale = 'memberId' in who && (answer.status === 404 || answer.status === 409);
      const lobby = stale ? await fetchLobby(this.env, key) : null;
      const fresh = lobby?.ok && this.key === key && this.state.stage.kind === 'lobby';
      this.set({
        busy: false,
        error: answer.message,
        guestNameError: 'guestName' in who,
        ...(fresh ? { stage: { kind: 'lobby', lobby: lobby.value } } : {}),
      });
      return;
    }
    saveJoined(this.env.storage, answer.value);
    this.typedGuestName = '';
    this.set({ busy: false });
    this.enter(answer.value);
  };

  /**
   * Asks the room for its names again: the facilitator may have freed one (or unlocked the room) since. A failure
   * (the Wi-Fi dropped) keeps the names shown, with the reason: the link's secret is gone from the address bar.
   */
  lookAgain = async (): Promise<void> => {
    const key = this.key;
    if (!key || this.state.busy) return;
    this.set({ busy: true, error: null });
    const answer = await fetchLobby(this.env, key);
    const still = this.key === key && this.state.stage.kind === 'lobby';
    if (!still) return this.set({ busy: false });
    if (!answer.ok && answer.code === KEY_REFUSED) return this.keyChanged(key);
    this.set(
      answer.ok
        ? { busy: false, stage: { kind: 'lobby', lobby: answer.value } }
        : { busy: false, error: answer.message },
    );
  };

  /**
   * The place this browser's other tab kept for the member or guest name refused as taken: that tab joined as them
   * meanwhile (a QR code scanned twice opens two tabs), so the name is taken by this phone. This tab goes in with
   * it, as a reload would, rather than asking the facilitator to free the name. A guest's name is compared as the
   * room compares it (case and spaces aside).
   */
  private placeOfOtherTab(who: Who, status: number): Joined | null {
    if (status !== 409) return null;
    const kept = readJoined(this.env.storage);
    if (!kept) return null;
    return ('memberId' in who ? kept.personId === who.memberId : sameName(kept.name, who.guestName)) ? kept : null;
  }

  /** Back to the code screen from the name list, saying the key it held no longer works. */
  private keyChanged(key: JoinKey): void {
    // The person went back to the code meanwhile (Use another room code): that is where they are.
    if (this.key !== key) return this.set({ busy: false });
    this.key = null;
    const message = 'code' in key ? KEY_CHANGED.code : KEY_CHANGED.secret;
    this.set({ busy: false, stage: { kind: 'code' }, error: message });
  }

  /** Back to the code screen from the name list. */
  restart = (): void => {
    this.key = null;
    this.set({ stage: { kind: 'code' }, error: null });
  };

  /**
   * Gives up this phone's place and starts again with a code: for when the room cannot be reached
   * (closed, or it turns the token down before a socket opens, which a browser cannot tell apart).
   */
  leave = (): void => {
    this.stop();
    clearJoined(this.env.storage);
    this.key = null;
    this.set({ stage: { kind: 'code' }, error: null, notice: null });
  };

  /**
   * Gives up this phone's place in the room, telling the room (the person picked someone else's name): the name is
   * free again on every phone and the shared screen. The code and link still work: the page goes back to the link's
   * names when it still holds the link, else to the code. Refused or not confirmed, the phone stays in.
   */
  leaveRoom = async (): Promise<SendResult> => {
    const result = await this.send({ type: 'leave' });
    if (!result.ok || this.state.stage.kind !== 'room') return result;
    this.stop();
    clearJoined(this.env.storage);
    const key = this.key;
    if (key) await this.lookUp(key);
    // Read again: the look-up may have gone back to the code (the link changed since).
    const stage = this.getState().stage;
    if (stage.kind === 'lobby') this.set({ notice: stage.lobby.locked ? LEFT.locked : LEFT.names });
    else this.set({ stage: { kind: 'code' }, notice: LEFT.code });
    return result;
  };

  /** Takes the room back on this screen after the room let it go for another one (status `elsewhere`). */
  useHere = (): void => {
    this.set({ notice: null });
    this.connection?.resume();
  };

  /** Closes the socket (the page is going away). */
  stop(): void {
    this.connection?.stop();
    this.connection = null;
  }

  send = (message: Outgoing): Promise<SendResult> =>
    this.connection?.send(message) ?? Promise.resolve({ ok: false, message: 'You are not in the room.' });

  private async lookUp(key: JoinKey): Promise<void> {
    this.set({ busy: true, error: null });
    const answer = await fetchLobby(this.env, key);
    if (!answer.ok) {
      this.key = null;
      this.set({ busy: false, stage: { kind: 'code' }, error: answer.message });
      return;
    }
    this.key = key;
    this.set({ busy: false, stage: { kind: 'lobby', lobby: answer.value }, notice: null });
  }

  private enter(joined: Joined): void {
    let seen = false;
    /** The team and retros the drafts were last squared with: views come at every change in the room. */
    let tidied = '';
    this.set({
      stage: { kind: 'room', joined, view: null, status: 'connecting', failures: 0 },
      error: null,
      notice: null,
    });
    const connection = new RoomConnection(this.env, joined.token, {
      view: (view) => {
        seen = true;
        // Before the view shows: the drafts of retros gone (deleted, maybe while this phone was offline) go, and
        // drafts kept before they were kept per team are this team's by the time a form reads them.
        const retros = `${view.teamId}\n${view.retroIds.join('\n')}`;
        if (retros !== tidied) tidyDrafts(this.env.storage, view.teamId, view.retroIds, view.you.personId);
        tidied = retros;
        this.updateRoom({ view });
      },
      status: (status, failures) => this.updateRoom({ status, failures }),
      notice: (notice) => this.set({ notice }),
      ended: (message) => {
        this.connection = null;
        clearJoined(this.env.storage);
        // A stored place from an earlier room, opened with a fresh link: go straight to the names.
        if (!seen && this.key) void this.lookUp(this.key);
        else {
          this.key = null;
          this.set({ stage: { kind: 'code' }, notice: message, error: null });
        }
      },
    });
    this.connection = connection;
    connection.start();
  }

  private updateRoom(patch: Partial<Extract<Stage, { kind: 'room' }>>): void {
    if (this.state.stage.kind !== 'room') return;
    this.set({ stage: { ...this.state.stage, ...patch } });
  }

  private set(patch: Partial<SessionState>): void {
    // A new error (or none) is about no field unless it says so.
    const field = 'error' in patch ? { guestNameError: patch.guestNameError ?? false } : {};
    this.state = { ...this.state, ...patch, ...field };
    for (const listener of this.listeners) listener();
  }
}
