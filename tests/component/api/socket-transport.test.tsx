import { describe, expect, it } from 'vitest';
import type { MethodName } from '../../../src/api/contract';
import { SOCKET_MAX_CALL_BYTES } from '../../../src/api/contract/socket';
import type { Envelope } from '../../../src/api/define';
import {
  NOT_REACHABLE,
  SOCKET_MAX_INPUT_UNITS,
  SOCKET_RETRY_MS,
  socketTransport,
  type Transport,
} from '../../../renderer/api/socket-transport';

/** A WebSocket the test drives: it opens, answers and closes when told. */
class FakeSocket {
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  readonly sent: { id: number; method: string; input: unknown }[] = [];
  closed = false;

  send(text: string): void {
    this.sent.push(JSON.parse(text) as FakeSocket['sent'][number]);
  }
  close(): void {
    this.drop();
  }
  open(): void {
    this.onopen?.();
  }
  answer(id: number, envelope: Envelope<unknown>): void {
    this.onmessage?.({ data: JSON.stringify({ id, envelope }) });
  }
  receive(data: string): void {
    this.onmessage?.({ data });
  }
  drop(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
}

function setUp() {
  const sockets: FakeSocket[] = [];
  const overHttp: { name: string; input: unknown }[] = [];
  let clock = 1_000;
  const fallback: Transport = (name, input) => {
    overHttp.push({ name, input });
    return Promise.resolve({ ok: true, value: `http:${name}` });
  };
  const call = socketTransport(
    fallback,
    () => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket as unknown as WebSocket;
    },
    () => clock,
  );
  return {
    call: (name: string, input: unknown = {}) => call(name as MethodName, input),
    sockets,
    overHttp,
    advance: (ms: number) => (clock += ms),
  };
}

describe('the api over a socket', () => {
  it('opens at the first call, which goes over HTTP meanwhile; then carries every call, each answer to its own', async () => {
    const { call, sockets, overHttp } = setUp();
    await expect(call('getStatus')).resolves.toEqual({ ok: true, value: 'http:getStatus' });
    // Still opening: the next call does not wait for it, nor opens a second one.
    await expect(call('listTeams')).resolves.toEqual({ ok: true, value: 'http:listTeams' });
    expect(sockets).toHaveLength(1);
    sockets[0]?.open();
    const first = call('listTeams');
    const second = call('getTeam', { teamId: 't1' });
    expect(sockets[0]?.sent).toEqual([
      { id: 1, method: 'listTeams', input: {} },
      { id: 2, method: 'getTeam', input: { teamId: 't1' } },
    ]);
    // Answered in the other order.
    sockets[0]?.answer(2, { ok: true, value: 'team' });
    sockets[0]?.answer(1, { ok: false, error: { code: 'not_found', message: 'No such team.', issues: [] } });
    await expect(second).resolves.toEqual({ ok: true, value: 'team' });
    await expect(first).resolves.toMatchObject({ ok: false, error: { message: 'No such team.' } });
    expect(sockets).toHaveLength(1);
    expect(overHttp.map((c) => c.name)).toEqual(['getStatus', 'listTeams']);
  });

  it('stays on HTTP for a while when the socket cannot be opened, then tries it again', async () => {
    const { call, sockets, overHttp, advance } = setUp();
    await call('getStatus');
    sockets[0]?.drop();
    await expect(call('getTeam', { teamId: 't1' })).resolves.toEqual({ ok: true, value: 'http:getTeam' });
    expect(sockets).toHaveLength(1);
    advance(SOCKET_RETRY_MS);
    await call('listTeams');
    expect(sockets).toHaveLength(2);
    sockets[1]?.open();
    const later = call('listTeams');
    sockets[1]?.answer(1, { ok: true, value: 'socket' });
    await expect(later).resolves.toEqual({ ok: true, value: 'socket' });
    expect(overHttp.map((c) => c.name)).toEqual(['getStatus', 'getTeam', 'listTeams']);
  });

  it('stays on HTTP when the browser refuses to make the socket', async () => {
    const overHttp: string[] = [];
    let attempts = 0;
    const call = socketTransport(
      (name) => {
        overHttp.push(name);
        return Promise.resolve({ ok: true, value: null });
      },
      () => {
        attempts++;
        throw new Error('Refused to connect: the page’s policy');
      },
    );
    await expect(call('getStatus', {})).resolves.toEqual({ ok: true, value: null });
    await expect(call('listTeams', {})).resolves.toEqual({ ok: true, value: null });
    expect(overHttp).toEqual(['getStatus', 'listTeams']);
    expect(attempts).toBe(1);
  });

  it('answers the calls in flight as "not reachable" when the socket closes, and opens a new one', async () => {
    const { call, sockets, overHttp } = setUp();
    await call('getStatus');
    sockets[0]?.open();
    const inFlight = [call('listTeams'), call('createTeam', { name: 'Platform' })];
    sockets[0]?.drop();
    await expect(Promise.all(inFlight)).resolves.toEqual([NOT_REACHABLE, NOT_REACHABLE]);
    await call('listTeams');
    expect(sockets).toHaveLength(2);
    sockets[1]?.open();
    const next = call('listTeams');
    expect(sockets[1]?.sent).toEqual([{ id: 3, method: 'listTeams', input: {} }]);
    sockets[1]?.answer(3, { ok: true, value: [] });
    await expect(next).resolves.toEqual({ ok: true, value: [] });
    expect(overHttp.map((c) => c.name)).toEqual(['getStatus', 'listTeams']);
  });

  it('closes a socket that says something other than an answer, and its calls are not left waiting', async () => {
    const { call, sockets } = setUp();
    await call('getStatus');
    sockets[0]?.open();
    const waiting = call('listTeams');
    sockets[0]?.receive('not an answer');
    expect(sockets[0]?.closed).toBe(true);
    await expect(waiting).resolves.toEqual(NOT_REACHABLE);
  });

  it('sends an input larger than a message may be over HTTP', async () => {
    const { call, sockets, overHttp } = setUp();
    await call('getStatus');
    sockets[0]?.open();
    const big = { file: 'x'.repeat(SOCKET_MAX_INPUT_UNITS) };
    await expect(call('importWorkspace', big)).resolves.toEqual({ ok: true, value: 'http:importWorkspace' });
    expect(sockets[0]?.sent).toEqual([]);
    expect(overHttp.map((c) => c.name)).toEqual(['getStatus', 'importWorkspace']);
  });

  it('sends over the socket only what the host takes in a message, whatever the characters', () => {
    // Every UTF-16 unit of the input is at most 3 bytes of UTF-8; the call's own fields add a few dozen.
    expect(3 * SOCKET_MAX_INPUT_UNITS + 200).toBeLessThanOrEqual(SOCKET_MAX_CALL_BYTES);
  });
});
