import os from 'node:os';
import QRCode from 'qrcode';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { WebSocket } from 'ws';
import type { CadenceEvent } from '../api/contract/events';
import { describeIssues, issuesOf } from '../api/issues';
import type { RoomAddress, RoomFocus, RoomStatus } from '../api/contract/room';
import type { RoomPort } from '../api/room-port';
import {
  ClientMessageSchema,
  ROOM_LIMITS,
  type Joined,
  type JoinRequest,
  type EndReason,
  type Lobby,
  type ServerMessage,
} from '../domain/room/protocol';
import { DomainError } from '../domain/shared/errors';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from '../services/context';
import { dropEarlierRoomGuests, removeGuestVoter } from '../services/estimation-service';
import { teamOf } from '../services/lookup';
import { disownRaised, takeBackOpenVotes } from '../services/room-leave-service';
import type { MutationScope } from '../services/store';
import { applyMessage, takeBackHealthAnswers } from './actions';
import { roomAddresses, urlHost, type Interfaces } from './addresses';
import { startListener, TOKEN_ENDED, TOO_MANY_SOCKETS, type RunningListener } from './listener';
import { project, type RoomState } from './projection';
import { RoomRefusal, RoomSession, type CardAuthors, type HealthAnswers, type Person } from './session';
import { placeTakeBack } from './take-back';

export interface RoomHostOptions {
  ctx: ServiceContext;
  /** The built participant page. */
  staticDir: string;
  /** --room-address / CADENCE_ROOM_ADDRESS: the one address rooms use. */
  fixedAddress: string | null;
  /** --room-port; 0 picks a free one. */
  port: number;
  /** Host names besides the address (a certificate's names, room.test in tests). */
  hostNames?: readonly string[];
  tls?: { cert: string; key: string } | undefined;
  /** Tells the shared screen (browser-mode event stream, Electron ipc). */
  publish: (event: CadenceEvent) => void;
  interfaces?: () => Interfaces;
}

const ENDED: Record<EndReason, string> = {
  removed: 'The facilitator removed you from the room.',
  left: 'You left the room on another screen.',
  closed: 'The facilitator closed the room.',
  expired: 'The room closed after 4 hours without activity.',
};

interface OpenRoom {
  session: RoomSession;
  listener: RunningListener;
  address: string;
  link: RoomState['link'];
  sockets: Map<string, Set<WebSocket>>;
  lastSent: WeakMap<WebSocket, string>;
  lastStatus: string;
  /** Messages a second, per person: one budget however many sockets (tabs, devices) the person opens. */
  perPerson: RateLimiterMemory;
  idleTimer: NodeJS.Timeout;
  heartbeatTimer: NodeJS.Timeout;
  /** Sockets that answered the last heartbeat (or connected since): the others are gone. */
  answered: WeakSet<WebSocket>;
}

/**
 * How often the room pings every phone. A phone that drops off the network without closing its connection
 * (Wi-Fi lost, the phone locked) answers nothing; at the second ping unanswered it is let go, so the shared
 * screen stops counting it as in the room and its page, back on the network, reconnects as itself.
 */
export const HEARTBEAT_MS = 15_000;

/**
 * Sockets one person may hold at once (a phone, a laptop tab, a reload whose old socket has not closed yet).
 * One more closes their oldest, never the newest: a phone that reloads always gets in.
 */
export const MAX_SOCKETS_PER_PERSON = 4;
/** A socket message that is not JSON text (a binary frame, a typo in a script): said so, not zod's "Invalid input". */
const NOT_JSON = Symbol('not JSON');
const NOT_JSON_MESSAGE = 'That message is not JSON: the room takes one JSON object per text message.';

const LEAVING_MESSAGE = 'You are leaving the room, so this was not sent.';

const TOO_MANY_SOCKETS_MESSAGE = `You have the room open on more than ${MAX_SOCKETS_PER_PERSON} screens, so this one was disconnected. Close the ones you are not using.`;

/**
 * Whatever the focus names (a retro) that the team does not have, or null: the screens never send such a
 * focus, but a room focused on it would leave phones waiting and the shared screen believing it is focused.
 */
function missingFrom(team: TeamDoc, focus: RoomFocus): string | null {
  switch (focus.kind) {
    case 'retro':
      return team.retros.some((r) => r.id === focus.retroId)
        ? null
        : `That retro is not one of ${team.name}’s retros; it may have been deleted. Nothing was changed: pick one of the team’s retros.`;
    case 'none':
    case 'poker':
    case 'standup':
      return null;
  }
}

function checkFocus(team: TeamDoc, focus: RoomFocus): void {
  const missing = missingFrom(team, focus);
  if (missing) throw new DomainError('not_found', missing);
}

/** The room: one at a time, its own listener while open, and every message out through the projection. */
export class RoomHost implements RoomPort {
  private room: OpenRoom | null = null;
  /**
   * Health check answers outlive each room, for the app's lifetime (never on disk): a facilitator who closes
   * and opens the room again during the check-in keeps every answer already given. A deleted retro's go with it
   * (see forgetDeletedLater).
   */
  private readonly healthAnswers: HealthAnswers = new Map();
  /**
   * Who wrote which anonymous card, for the app's lifetime too (never on disk): a writer whose room was closed
   * and opened again (another team's ceremony in between, a slip) still sees and can change their hidden cards.
   * A deleted card's (or deleted retro's) writers are let go (see forgetDeletedLater).
   */
  private readonly cardAuthors: CardAuthors = new Map();
  /** The open that is starting its listener: a second open or a close waits for it (see open). */
  private opening: Promise<RoomStatus> | null = null;
  private refreshQueued = false;
  private forgetQueued = false;
  /**
   * The port the last room listened on, for the app's lifetime: with --room-port 0 the room opens again there
   * when it is free, so the link phones saved and the QR code shown earlier keep working.
   */
  private lastPort: number | null = null;

  constructor(private readonly options: RoomHostOptions) {}

  private now(): number {
    return this.options.ctx.now().getTime();
  }

  addresses(): { addresses: RoomAddress[]; fixed: string | null } {
    const fixed = this.options.fixedAddress;
    if (fixed) return { addresses: [{ address: fixed, label: 'set with --room-address' }], fixed };
    return { addresses: roomAddresses((this.options.interfaces ?? os.networkInterfaces)()), fixed: null };
  }

  private pickAddress(wanted: string | undefined): string {
    const { addresses, fixed } = this.addresses();
    if (fixed) return fixed;
    if (wanted) {
      if (!addresses.some((a) => a.address === wanted)) {
        throw new DomainError('invalid_input', `${wanted} is not an address of this computer. Pick one from the list.`);
      }
      return wanted;
    }
    const only = addresses[0];
    if (addresses.length === 1 && only) return only.address;
    throw new DomainError(
      'invalid_input',
      addresses.length === 0
        ? 'This computer is not on a network: connect to the meeting room’s Wi-Fi first.'
        : 'Pick the address of the network the room is on.',
    );
  }

  /**
   * Opens the room, or moves the open one to `focus`. Two opens at once (two facilitator tabs, a double
   * click) must not both start a listener: the second would replace the first in `this.room`, and Close room
   * would leave the first listening. So a later open waits for the one starting, then joins its room.
   */
  async open(input: { teamId: string; address?: string | undefined; focus: RoomFocus }): Promise<RoomStatus> {
    const team = this.options.ctx.store.snapshot().teams.find((t) => t.id === input.teamId);
    if (!team) throw new DomainError('not_found', 'The team was not found.');
    checkFocus(team, input.focus);
    // Checked and started in one turn (no await while nothing is opening), so two opens cannot both start.
    while (this.opening) await this.settled(this.opening);
    if (this.room) {
      if (this.room.session.teamId !== input.teamId) {
        throw new DomainError('conflict', 'A room is open for another team: close it first.');
      }
      return this.focus(input.focus);
    }
    const opening = this.start(input);
    this.opening = opening;
    try {
      return await opening;
    } finally {
      if (this.opening === opening) this.opening = null;
    }
  }

  /**
   * Listens on --room-port, or, when that is 0, on the last room's port if it is still free (see lastPort);
   * taken meanwhile by another program, the room opens on a free port instead and the new link is shown.
   */
  private async listenAgain(listen: (port: number) => Promise<RunningListener>): Promise<RunningListener> {
    if (this.options.port !== 0 || this.lastPort === null) return listen(this.options.port);
    try {
      return await listen(this.lastPort);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      return listen(0);
    }
  }

  /** An open's outcome, to wait for: whether it failed is its own caller's business. */
  private settled(opening: Promise<RoomStatus>): Promise<unknown> {
    return opening.catch(() => undefined);
  }

  private async start(input: { teamId: string; address?: string | undefined; focus: RoomFocus }): Promise<RoomStatus> {
    const address = this.pickAddress(input.address);
    // Nobody is in a new room yet: the guests of an earlier one join again as new guests (see dropEarlierRoomGuests).
    const guestsDropped = await dropEarlierRoomGuests(this.options.ctx, { teamId: input.teamId });
    const session = new RoomSession(input.teamId, input.focus, this.now(), this.healthAnswers, this.cardAuthors);
    let listener: RunningListener;
    const listen = (port: number) =>
      startListener(
        {
          address,
          port,
          staticDir: this.options.staticDir,
          hostNames: this.options.hostNames ?? [],
          tls: this.options.tls,
        },
        this.gate(session),
      );
    try {
      listener = await this.listenAgain(listen);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DomainError(
        'conflict',
        code === 'EADDRINUSE'
          ? `Port ${this.options.port} is in use on ${address}: pick another with --room-port.`
          : code === 'EADDRNOTAVAIL'
            ? `${address} is not an address of this computer any more: pick another.`
            : `The room could not listen on ${address}: ${(error as Error).message}`,
      );
    }
    this.lastPort = listener.port;
    const idleTimer = setInterval(() => this.closeIfIdle(), 60_000);
    idleTimer.unref();
    const heartbeatTimer = setInterval(() => this.sweepSilentSockets(), HEARTBEAT_MS);
    heartbeatTimer.unref();
    this.room = {
      session,
      listener,
      address,
      link: { joinUrl: '', qrSvg: '', address, port: listener.port, secure: Boolean(this.options.tls) },
      sockets: new Map(),
      lastSent: new WeakMap(),
      lastStatus: '',
      perPerson: new RateLimiterMemory({ points: ROOM_LIMITS.messagesPerSecond, duration: 1 }),
      idleTimer,
      heartbeatTimer,
      answered: new WeakSet(),
    };
    // The store's changes while the listener started did not reach this room: the retro may have gone since.
    this.dropMissingFocus();
    await this.renewLink();
    // The shared screen counts from the stored round: it fetches the team again, as after a Remove.
    if (guestsDropped) this.options.publish({ type: 'team-changed', teamId: input.teamId });
    return this.publishStatus(true);
  }

  status(): RoomStatus | null {
    const state = this.state();
    return state ? project(state, { kind: 'screen' }) : null;
  }

  focus(focus: RoomFocus): RoomStatus {
    const room = this.require();
    const team = this.options.ctx.store.snapshot().teams.find((t) => t.id === room.session.teamId);
    if (!team) throw new DomainError('not_found', 'This room’s team no longer exists.');
    checkFocus(team, focus);
    room.session.focus = focus;
    room.session.deletedRetroId = null;
    this.touch();
    this.refresh();
    return this.publishStatus(true);
  }

  lock(locked: boolean): RoomStatus {
    this.require().session.locked = locked;
    this.touch();
    // The phones say, by Leave the room, that a locked room lets nobody back in until it is unlocked.
    this.refresh();
    return this.publishStatus(true);
  }

  /** Lets people who are not team members join by name; guests already in stay when it is turned off. */
  allowGuests(allowed: boolean): RoomStatus {
    this.require().session.guestsAllowed = allowed;
    this.touch();
    return this.publishStatus(true);
  }

  /**
   * A new code and link. The answer carries the new link's QR code: the shared screen shows the answer, which
   * reaches it after the room's events, so an answer made before the QR code would put back the link just replaced.
   */
  async newCode(): Promise<RoomStatus> {
    const room = this.require();
    room.session.rotateKeys();
    this.touch();
    await this.renewLink();
    return this.publishRenewed(room);
  }

  /** The status once `room`'s new link is made; the room may have closed meanwhile (Close room at once). */
  private publishRenewed(room: OpenRoom): RoomStatus {
    if (this.room !== room) throw new DomainError('conflict', 'The room was closed meanwhile.');
    return this.publishStatus(true);
  }

  /**
   * Ends a person's place, as the facilitator's Remove. Often they took someone else's name: like Leave the room, what
   * they sent that nobody has seen yet is taken back first, and what they raised and wrote is let go (see
   * `giveUpPlace`), so the name's real owner, let in next, finds none of it as their own. A guest is also no longer one
   * of the open poker rounds' voters (`removeGuestVoter`): a member may still vote on the shared screen, but a removed
   * guest can only come back under a new guest id.
   */
  async remove(personId: string): Promise<RoomStatus> {
    const room = this.require();
    const { person, changed } = await this.giveUpPlace(room, personId);
    this.endSocketsOf(room, personId, 'removed');
    // A guest in the room counts among a poker round's voters: the phones count one fewer, as the screen does.
    if (this.room === room) this.refresh();
    // The link they hold stops working too; the people still in keep their places.
    room.session.rotateKeys();
    this.touch();
    // Made before the answer, as for New code: an answer with the old link would show a QR code that fails.
    await this.renewLink();
    const status = this.publishRenewed(room);
    // The shared screen counts votes, dots and answers from the stored team: it fetches it again, as after a vote.
    if (changed) this.options.publish({ type: 'team-changed', teamId: room.session.teamId });
    return (await this.dropGuestVoter(room, person)) && this.room === room ? this.publishStatus(true) : status;
  }

  /**
   * A person gives up their own place from their phone (they picked someone else's name). Unlike Remove, the code
   * and link stay: the person may join again at once, under their own name, as everyone else still can. This
   * socket's ack goes before the person's screens are let go; the others are told they left (`ENDED.left`).
   */
  private async leave(room: OpenRoom, personId: string, ack: () => void): Promise<void> {
    const teamId = room.session.teamId;
    const { person, changed } = await this.giveUpPlace(room, personId);
    ack();
    this.endSocketsOf(room, personId, 'left');
    this.touch();
    // A guest counted among a poker round's voters: the phones count one fewer, as the screen does.
    if (this.room === room) this.refresh();
    this.publishIfOpen(room, true);
    // The shared screen counts votes, dots and answers from the stored team: it fetches it again, as after a vote.
    if (changed) this.options.publish({ type: 'team-changed', teamId });
    if ((await this.dropGuestVoter(room, person)) && this.room === room) this.publishStatus(true);
  }

  /**
   * Frees a person's place, for Leave the room and Remove alike: the room cannot tell who really holds a name. What
   * they sent just before is saved first, and what they send meanwhile is refused (see RoomSession.handle); then their
   * answers and votes nobody has seen yet go, and what they raised is let go, durably, before the name is free:
   * whoever takes it next must find none of it as their own. A write that fails leaves the person in, and the error
   * goes to whoever asked (the phone, or the shared screen), to try again. Answers the person and whether the stored
   * team changed; their sockets are the caller's to end.
   */
  private async giveUpPlace(room: OpenRoom, personId: string): Promise<{ person: Person; changed: boolean }> {
    const { ctx } = this.options;
    const session = room.session;
    const teamId = session.teamId;
    if (!session.people.has(personId)) throw new DomainError('not_found', 'That person is not in the room.');
    session.leaving.add(personId);
    let changed: boolean;
    try {
      await session.handled(personId);
      const raised = session.raisedFromPlace(personId);
      // Only what was cast from this place: what the name's owner cast before it was taken stays theirs.
      const team = teamOf(ctx.store.snapshot(), teamId);
      const back = placeTakeBack(session, team, personId);
      const answers = await takeBackHealthAnswers(ctx, session, personId, back.answerRetroIds);
      const votes = await takeBackOpenVotes(ctx, {
        teamId,
        voterId: personId,
        roundIds: back.roundIds,
        dots: back.dots,
      });
      const disowned = await disownRaised(ctx, {
        teamId,
        memberId: personId,
        blockerIds: raised.flatMap((item) => item.blockerId ?? []),
        topicIds: raised.flatMap((item) => item.topicId ?? []),
      });
      changed = answers || votes || disowned;
    } catch (error) {
      session.leaving.delete(personId);
      throw error;
    }
    return { person: session.leave(personId), changed };
  }

  /** A guest who is no longer in the room is no longer one of the open poker rounds' voters; whether they were. */
  private async dropGuestVoter(room: OpenRoom, person: Person): Promise<boolean> {
    if (!person.guest) return false;
    const teamId = room.session.teamId;
    if (!(await removeGuestVoter(this.options.ctx, { teamId, guestId: person.personId }))) return false;
    // The shared screen counts from the stored round: it fetches the team again, as after a phone's vote.
    this.options.publish({ type: 'team-changed', teamId });
    return true;
  }

  /** Closes the room; one still opening is let open first, so Close room right after Invite still closes it. */
  async close(reason: 'closed' | 'expired' = 'closed'): Promise<void> {
    while (this.opening) await this.settled(this.opening);
    const room = this.room;
    if (!room) return;
    this.room = null;
    clearInterval(room.idleTimer);
    clearInterval(room.heartbeatTimer);
    for (const personId of room.sockets.keys()) this.endSocketsOf(room, personId, reason);
    await room.listener.close();
    this.options.publish({ type: 'room', room: null });
  }

  hasJoined(teamId: string, memberId: string): boolean {
    return this.room?.session.teamId === teamId && this.room.session.people.has(memberId);
  }

  /** The store changed: every person and the shared screen get what is new for them. */
  storeChanged(scope: MutationScope): void {
    this.forgetDeletedLater();
    if (!this.room || (scope !== 'workspace' && scope.teamId !== this.room.session.teamId)) return;
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      if (this.room && !this.options.ctx.store.snapshot().teams.some((t) => t.id === this.room?.session.teamId)) {
        void this.close();
        return;
      }
      this.dropMissingFocus();
      this.followTeamMembers();
      this.refresh();
      this.publishStatus(false);
    });
  }

  /**
   * Once the store's changes of this turn are in, lets go of the health answers of retros that no longer exist
   * and of the writers of cards that no longer exist (a retro or a card deleted, on the screen or elsewhere,
   * with the room open or not): the same retro imported again must not show an old writer a hidden card, nor
   * count answers given to the deleted one.
   */
  private forgetDeletedLater(): void {
    if (this.forgetQueued || (this.healthAnswers.size === 0 && this.cardAuthors.size === 0)) return;
    this.forgetQueued = true;
    queueMicrotask(() => {
      this.forgetQueued = false;
      const retros = this.options.ctx.store.snapshot().teams.flatMap((t) => t.retros);
      const retroIds = new Set(retros.map((r) => r.id));
      for (const retroId of this.healthAnswers.keys()) {
        if (!retroIds.has(retroId)) this.healthAnswers.delete(retroId);
      }
      if (this.cardAuthors.size === 0) return;
      const cardIds = new Set(retros.flatMap((r) => r.cards.map((c) => c.id)));
      for (const cardId of this.cardAuthors.keys()) {
        if (!cardIds.has(cardId)) this.cardAuthors.delete(cardId);
      }
    });
  }

  /**
   * Lets go of every socket that did not answer the last ping, and pings the rest (see HEARTBEAT_MS); the
   * heartbeat timer calls it. Browsers answer pings on their own.
   */
  sweepSilentSockets(): void {
    const room = this.room;
    if (!room) return;
    for (const set of room.sockets.values()) {
      for (const socket of set) {
        if (!room.answered.has(socket)) {
          socket.terminate();
          continue;
        }
        room.answered.delete(socket);
        socket.ping();
      }
    }
  }

  /** Closes a room left without activity for ROOM_LIMITS.idleMs; the timer calls it every minute. */
  closeIfIdle(): void {
    if (this.room && this.now() - this.room.session.lastActivity >= ROOM_LIMITS.idleMs) void this.close('expired');
  }

  /**
   * The retro the room is on was deleted (or never there, when it went while the room was opening): the room
   * lets go of it, so the shared screen no longer shows it focused and phones show that nothing is open.
   */
  private dropMissingFocus(): void {
    const room = this.room;
    const team = room && this.options.ctx.store.snapshot().teams.find((t) => t.id === room.session.teamId);
    const focus = room?.session.focus;
    if (!room || !team || !focus || !missingFrom(team, focus)) return;
    room.session.focus = { kind: 'none' };
    if (focus.kind === 'retro') room.session.deletedRetroId = focus.retroId;
  }

  /**
   * Members taken off the team (on the Team screen, by a sync or an import) leave the room, told why: the room went
   * on listing them, and every vote or dot they sent was refused with "reload and pick again", which only brought
   * them back to the same refusals. Members renamed meanwhile go by their new name (the shared screen's list and
   * their phone kept the name they joined under). Guests are not members and stay.
   */
  private followTeamMembers(): void {
    const room = this.room;
    const team = room && this.options.ctx.store.snapshot().teams.find((t) => t.id === room.session.teamId);
    if (!room || !team) return;
    const members = new Map(team.members.map((m) => [m.id, m.name]));
    for (const person of [...room.session.people.values()]) {
      if (person.guest) continue;
      const name = members.get(person.personId);
      if (name !== undefined) {
        person.name = name;
        continue;
      }
      room.session.remove(person.personId);
      this.endSocketsOf(
        room,
        person.personId,
        'removed',
        `You are no longer a member of ${team.name}, so your place in the room has ended.`,
      );
    }
  }

  private require(): OpenRoom {
    if (!this.room) throw new DomainError('conflict', 'No room is open.');
    return this.room;
  }

  private touch(): void {
    this.room?.session.touch(this.now());
  }

  private state(): RoomState | null {
    const room = this.room;
    if (!room) return null;
    const team = this.options.ctx.store.snapshot().teams.find((t) => t.id === room.session.teamId);
    if (!team) return null;
    const connected = new Set([...room.sockets].filter(([, set]) => set.size > 0).map(([id]) => id));
    return { session: room.session, team, connected, link: room.link };
  }

  private async renewLink(): Promise<void> {
    const room = this.room;
    if (!room) return;
    const scheme = this.options.tls ? 'https' : 'http';
    const joinUrl = `${scheme}://${urlHost(room.address)}:${room.listener.port}/j#s=${room.session.secret}`;
    const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    if (this.room === room) room.link = { ...room.link, joinUrl, qrSvg };
  }

  /**
   * Publishes the status when `room` is still the open room and its team still exists. For what the room's
   * own events start (a socket opening or closing, a QR code made): while the team is being deleted, or
   * once the room closed, there is nothing to show, and throwing there would stop the whole app.
   */
  private publishIfOpen(room: OpenRoom, always: boolean): void {
    if (this.room === room && this.state()) this.publishStatus(always);
  }

  /** Sends the screen's status when it changed (or always, for the facilitator's own calls). */
  private publishStatus(always: boolean): RoomStatus {
    const state = this.state();
    if (!state || !this.room) throw new DomainError('conflict', 'No room is open.');
    const status = project(state, { kind: 'screen' });
    const text = JSON.stringify(status);
    if (always || text !== this.room.lastStatus) {
      this.room.lastStatus = text;
      this.options.publish({ type: 'room', room: status });
    }
    return status;
  }

  /** Every connected person gets their view again, only where it changed. */
  private refresh(): void {
    const state = this.state();
    const room = this.room;
    if (!state || !room) return;
    for (const [personId, sockets] of room.sockets) {
      const view = project(state, { kind: 'person', personId });
      if (!view) continue;
      const text = JSON.stringify({ type: 'view', view } satisfies ServerMessage);
      for (const socket of sockets) {
        if (room.lastSent.get(socket) === text) continue;
        room.lastSent.set(socket, text);
        socket.send(text);
      }
    }
  }

  private endSocketsOf(room: OpenRoom, personId: string, reason: EndReason, message: string = ENDED[reason]): void {
    for (const socket of room.sockets.get(personId) ?? []) {
      socket.send(JSON.stringify({ type: 'ended', reason, message } satisfies ServerMessage));
      socket.close(TOKEN_ENDED, reason);
    }
    room.sockets.delete(personId);
  }

  private gate(session: RoomSession) {
    const team = () => {
      const found = this.options.ctx.store.snapshot().teams.find((t) => t.id === session.teamId);
      if (!found) throw new RoomRefusal('not_found', 'This room’s team no longer exists.', 404);
      return found;
    };
    const joinMember = (request: { memberId: string }) => {
      const member = team().members.find((m) => m.id === request.memberId);
      if (!member) throw new RoomRefusal('not_found', 'That name is not in this team.', 404);
      return session.join(member);
    };
    const checkKey = (key: { secret: string } | { code: string }) => {
      if (!session.keyMatches(key)) {
        throw new RoomRefusal(
          'unauthorized',
          'secret' in key
            ? 'This link no longer works. Scan the code on the shared screen again.'
            : 'That code is not right. Check the code on the shared screen.',
          403,
          { replacedKey: session.keyReplaced(key) },
        );
      }
    };
    return {
      // A locked room still answers a right key, saying it is locked (and naming nobody): a phone opened by the link
      // keeps its secret, gone from the address bar, and Look for my name again finds the names once it is unlocked.
      lobby: (key: { secret: string } | { code: string }): Lobby => {
        checkKey(key);
        const t = team();
        const free = t.members.filter((m) => !session.people.has(m.id)).map((m) => ({ id: m.id, name: m.name }));
        return {
          teamName: t.name,
          members: session.locked ? [] : free,
          guestsAllowed: session.guestsAllowed,
          locked: session.locked,
        };
      },
      join: (request: JoinRequest): Joined => {
        checkKey(request);
        if (session.locked)
          throw new RoomRefusal('forbidden', 'The room is locked: ask the facilitator to unlock it.', 423);
        const { token, person } =
          'guestName' in request ? session.joinGuest(request.guestName, team().members) : joinMember(request);
        this.touch();
        // A guest counts among a poker round's voters from now, on the phones as on the screen.
        this.refresh();
        this.publishStatus(false);
        return { token, personId: person.personId, name: person.name };
      },
      personFor: (token: string) => session.personByToken(token)?.personId ?? null,
      connect: (personId: string, socket: WebSocket) => this.connect(session, personId, socket),
      isLink: (key: { secret: string } | { code: string }) => 'secret' in key && session.keyMatches(key),
      tooManyAttempts: () => {
        session.rotateCode();
        this.publishStatus(false);
      },
    };
  }

  private connect(session: RoomSession, personId: string, socket: WebSocket): void {
    const room = this.room;
    if (!room || room.session !== session) return void socket.close(TOKEN_ENDED, 'closed');
    const set = room.sockets.get(personId) ?? new Set<WebSocket>();
    // Oldest first (a Set keeps the order sockets came in): the newest, a phone that just reloaded, stays.
    for (const oldest of [...set].slice(0, Math.max(0, set.size - MAX_SOCKETS_PER_PERSON + 1))) {
      set.delete(oldest);
      oldest.send(
        JSON.stringify({ type: 'error', ref: null, message: TOO_MANY_SOCKETS_MESSAGE } satisfies ServerMessage),
      );
      oldest.close(TOO_MANY_SOCKETS, 'too many connections');
    }
    set.add(socket);
    room.sockets.set(personId, set);
    const send = (message: ServerMessage) => socket.send(JSON.stringify(message));
    room.answered.add(socket);
    socket.on('pong', () => room.answered.add(socket));

    socket.on('message', (data, isBinary) => {
      void (async () => {
        if (!session.people.has(personId)) return void socket.close(TOKEN_ENDED, 'removed');
        let raw: unknown = NOT_JSON;
        try {
          if (!isBinary) raw = JSON.parse(data.toString());
        } catch {
          // Answered below, in words.
        }
        // Every answer names the message it answers where it can, so the phone stops waiting for it.
        const ref = typeof (raw as { ref?: unknown })?.ref === 'number' ? (raw as { ref: number }).ref : null;
        try {
          await room.perPerson.consume(personId);
        } catch {
          return send({ type: 'error', ref, message: 'Too many messages at once: wait a moment.' });
        }
        if (raw === NOT_JSON) return send({ type: 'error', ref, message: NOT_JSON_MESSAGE });
        const parsed = ClientMessageSchema.safeParse(raw);
        // The field is named where zod's own words do not say it ("card: Too big: …"), as the api does.
        if (!parsed.success) return send({ type: 'error', ref, message: describeIssues(issuesOf(parsed.error)) });
        const message = parsed.data;
        this.touch();
        if (message.type === 'ping') return send({ type: 'ack', ref: message.ref });
        try {
          if (message.type === 'leave')
            return await this.leave(room, personId, () => send({ type: 'ack', ref: message.ref }));
          if (session.leaving.has(personId)) throw new DomainError('conflict', LEAVING_MESSAGE);
          await session.handle(personId, applyMessage(this.options.ctx, session, personId, message));
          // The room's own memory may have changed too (who wrote a card): views first, then the ack. The room
          // may have closed while the change was being saved: the change is kept, and the screen still hears of it.
          if (this.room === room) this.refresh();
          this.publishIfOpen(room, false);
          send({ type: 'ack', ref: message.ref });
          this.options.publish({ type: 'team-changed', teamId: session.teamId });
        } catch (error) {
          const text =
            error instanceof DomainError ? error.message : 'Something went wrong; nothing was changed. Try again.';
          send({ type: 'error', ref: message.ref, message: text });
        }
      })();
    });
    // ws has already closed the socket (1009 for an oversized message); nothing else to do.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      set.delete(socket);
      this.publishIfOpen(room, false);
    });
    this.touch();
    this.refresh();
    this.publishIfOpen(room, false);
  }
}
