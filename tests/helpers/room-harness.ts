import net from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import WebSocket from 'ws';
import type { CadenceApi } from '../../src/api/contract';
import type { CadenceEvent } from '../../src/api/contract/events';
import type { RoomStatus } from '../../src/api/contract/room';
import { dispatch } from '../../src/api/dispatch';
import type { Envelope } from '../../src/api/define';
import type { HandlerContext } from '../../src/api/handler-types';
import type { ClientMessage, ParticipantView, ServerMessage } from '../../src/domain/room/protocol';
import { withRoom } from '../../src/room/with-room';
import { openWorkspaceStore } from '../../src/storage/workspace-store';
import { itemFields } from './fixtures';
import { tempDir } from './in-process-api';

export const ROOM_ADDRESS = '127.0.0.2';

/** A client message before the phone numbers it. */
type Outgoing = ClientMessage extends infer M ? (M extends unknown ? Omit<M, 'ref'> : never) : never;

/** A real store and a real room on 127.0.0.2, the api as the shared screen calls it, and its events. */
export async function roomHarness() {
  const dataDir = tempDir('cadence-room-');
  const staticDir = path.join(dataDir, 'page');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Join the room</title>');
  writeFileSync(path.join(staticDir, 'assets', 'page.js'), 'console.log(1)');
  let clock = Date.parse('2026-12-01T09:00:00.000Z');
  const now = () => new Date(clock);
  const raw = await openWorkspaceStore({ dataDir });
  const events: CadenceEvent[] = [];
  const { store, room } = withRoom(
    raw,
    now,
    { staticDir, fixedAddress: ROOM_ADDRESS, port: 0, hostNames: ['room.test'] },
    (e) => events.push(e),
  );
  const ctx: HandlerContext = { store, now, shell: {}, transport: 'browser', room };
  const call = (method: string, input: unknown) => dispatch(ctx, method, input, () => undefined);
  const api = new Proxy({} as CadenceApi, {
    get:
      (_t, name: string) =>
      async (input: unknown): Promise<unknown> => {
        const e = await call(name, input);
        if (!e.ok) throw new Error(e.error.message);
        return e.value;
      },
  });
  const team = await api.createTeam({ name: 'Platform SRE' });
  const add = (name: string) =>
    api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  const members = { ana: await add('Ana'), bo: await add('Bo'), cy: await add('Cy') };
  return {
    dataDir,
    store,
    raw,
    room,
    api,
    call,
    events,
    teamId: team.id,
    members,
    advance: (ms: number) => {
      clock += ms;
    },
    screenEvents: () => events.filter((e) => e.type === 'room').map((e) => (e as { room: RoomStatus | null }).room),
    close: async () => {
      await room.close();
      await raw.close();
    },
  };
}

export type RoomHarness = Awaited<ReturnType<typeof roomHarness>>;

/** An item being estimated and the room open on poker. */
export async function openPokerIn(h: RoomHarness) {
  const item = await h.api.createItem({
    teamId: h.teamId,
    item: itemFields('Rotate TLS certificates', { description: 'Before 1 Jan', acceptanceCriteria: [] }),
  });
  const update = await h.api.startEstimation({ teamId: h.teamId, itemId: item.id });
  const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'poker' } });
  return { roundId: update.rounds[0]!.id, status };
}

/** A new retro (ops template) of the harness's team or another, in its write phase when asked; its id. */
export async function retroIn(
  h: RoomHarness,
  {
    teamId = h.teamId,
    title = 'Sprint 7 retro',
    writing = false,
  }: { teamId?: string; title?: string; writing?: boolean } = {},
): Promise<string> {
  const retro = await h.api.createRetro({ teamId, kind: 'retro', title, sprintId: null, templateId: 'ops' });
  if (writing) await h.api.setRetroPhase({ teamId, retroId: retro.id, phase: 'write' });
  return retro.id;
}

/** A retro in its write phase and the room open on it. */
export async function openRetroIn(h: RoomHarness) {
  const retroId = await retroIn(h, { writing: true });
  const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
  return { retroId, status };
}

/** A member's phone, joined by the link and connected. */
export async function phoneFor(status: RoomStatus, memberId: string): Promise<Phone> {
  const { token } = await joinAs(status.port, { secret: secretOf(status) }, memberId);
  return Phone.connect(status.port, token);
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** A request with the headers a phone's browser (or an attacker) would send. */
export function request(
  port: number,
  options: { method?: string; path: string; host?: string; origin?: string; body?: unknown },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { host: options.host ?? `${ROOM_ADDRESS}:${port}` };
    if (options.origin) headers.origin = options.origin;
    if (body) headers['content-type'] = 'application/json';
    const req = http.request({
      // A connection of its own, as a browser retries on one: the room reopens on the same port, and a kept-alive
      // connection to the closed room would otherwise be reused before its end is seen.
      agent: false,
      host: ROOM_ADDRESS,
      port,
      method: options.method ?? 'GET',
      path: options.path,
      headers,
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function joinAs(
  port: number,
  key: { secret: string } | { code: string },
  memberId: string,
): Promise<{ token: string; personId: string }> {
  const answer = await request(port, { method: 'POST', path: '/room/join', body: { ...key, memberId } });
  const envelope = JSON.parse(answer.body) as Envelope<{ token: string; personId: string }>;
  if (!envelope.ok) throw new Error(`join refused ${answer.status}: ${envelope.error.message}`);
  return envelope.value;
}

export const secretOf = (status: RoomStatus) => new URL(status.joinUrl).hash.replace('#s=', '');

/** A participant's device: every frame it receives is kept, raw, for the secrecy checks. */
export class Phone {
  readonly frames: string[] = [];
  private ref = 0;
  private waiting = new Map<number, (m: ServerMessage) => void>();
  private socket: WebSocket;
  readonly closed: Promise<{ code: number }>;

  private constructor(socket: WebSocket) {
    this.socket = socket;
    socket.on('message', (data) => {
      const text = data.toString();
      this.frames.push(text);
      const message = JSON.parse(text) as ServerMessage;
      if ((message.type === 'ack' || message.type === 'error') && message.ref !== null) {
        this.waiting.get(message.ref)?.(message);
        this.waiting.delete(message.ref);
      }
    });
    this.closed = new Promise((resolve) => socket.on('close', (code) => resolve({ code })));
  }

  /** Resolves when the room's next ping arrives (answered already, unless the phone answers none). */
  nextPing(): Promise<void> {
    return new Promise((resolve) => this.socket.once('ping', () => resolve()));
  }

  /** `answersPings: false`: a phone gone from the network without closing, which answers no ping. */
  static connect(port: number, token: string, host = `${ROOM_ADDRESS}:${port}`, answersPings = true): Promise<Phone> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://${ROOM_ADDRESS}:${port}/room/socket?t=${token}`, {
        headers: { host },
        origin: `http://${host}`,
        autoPong: answersPings,
      });
      const phone = new Phone(socket);
      socket.once('open', () => resolve(phone));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`socket refused ${res.statusCode}`)));
      socket.once('error', reject);
    });
  }

  send(message: Outgoing): Promise<ServerMessage> {
    const ref = ++this.ref;
    return new Promise((resolve) => {
      this.waiting.set(ref, resolve);
      this.socket.send(JSON.stringify({ ...message, ref }));
    });
  }

  raw(data: string): void {
    this.socket.send(data);
  }

  /** The newest view, once one matching the test arrives. */
  async view(until: (v: ParticipantView) => boolean = () => true): Promise<ParticipantView> {
    for (let i = 0; i < 200; i++) {
      const views = this.frames
        .map((f) => JSON.parse(f) as ServerMessage)
        .filter((m): m is Extract<ServerMessage, { type: 'view' }> => m.type === 'view')
        .map((m) => m.view);
      const last = views.at(-1);
      if (last && until(last)) return last;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`no matching view; last frames: ${this.frames.slice(-2).join('\n')}`);
  }

  close(): void {
    this.socket.close();
  }
}

/** Whether something listens on the room's address at this port: "connected", or the refusal's code. */
export const connectionTo = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = net.connect({ host: ROOM_ADDRESS, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
  });
