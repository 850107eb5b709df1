import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  API_SOCKET_PATH,
  SOCKET_BAD_MESSAGE,
  SOCKET_MAX_CALL_BYTES,
  SOCKET_PROTOCOL,
  SOCKET_TOKEN_PREFIX,
} from '../../../src/api/contract/socket';
import { startHost, TOKEN_HEADER, type RunningHost } from '../../../src/host/server';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'socket-token-0123456789abcdef';
let host: RunningHost;

beforeAll(async () => {
  const root = tempDir('cadence-api-socket-');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Cadence</title>');
  const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
  host = await startHost({ store, staticDir, token: TOKEN });
});
afterAll(() => host.close());

interface Opened {
  socket: WebSocket;
  /** The answers received so far, parsed. */
  answers: { id: number; envelope: { ok: boolean; value?: unknown; error?: { code: string; message: string } } }[];
  /** Resolves once `count` answers have come. */
  until(count: number): Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
}

/** The subprotocols a page offers: ours, and its token. */
const offering = (token: string) => [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${token}`];

function open(
  options: { protocols?: string[]; query?: string; host?: string; origin?: string; pathname?: string } = {},
): Promise<Opened | { refused: number }> {
  const url = `ws://127.0.0.1:${host.port}${options.pathname ?? API_SOCKET_PATH}${options.query ?? ''}`;
  const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${host.port}` };
  if (options.origin) headers.origin = options.origin;
  const socket = new WebSocket(url, options.protocols ?? offering(TOKEN), { headers });
  const answers: Opened['answers'] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    answers.push(JSON.parse(String(data)) as Opened['answers'][number]);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const until = async (count: number) => {
    while (answers.length < count) await new Promise<void>((wake) => waiters.push(wake));
  };
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve({ socket, answers, until, closed }));
    socket.on('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    socket.on('error', reject);
  });
}

async function opened(options?: Parameters<typeof open>[0]): Promise<Opened> {
  const result = await open(options);
  if ('refused' in result) throw new Error(`refused with ${result.refused}`);
  return result;
}

async function post(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(input),
  });
  return response.json();
}

describe("browser mode's api socket", () => {
  it('answers a call with the envelope POST answers, under the call’s id, and the change is the same change', async () => {
    const { socket, answers, until } = await opened();
    socket.send(JSON.stringify({ id: 7, method: 'createTeam', input: { name: 'Platform' } }));
    await until(1);
    expect(answers[0]).toMatchObject({ id: 7, envelope: { ok: true, value: { name: 'Platform' } } });
    const created = (answers[0]?.envelope.value as { id: string }).id;
    // The team it made is the one the api's requests see.
    const listed = (await post('listTeams', {})) as { value: { id: string; name: string }[] };
    expect(listed.value.map((t) => t.id)).toContain(created);
    socket.send(JSON.stringify({ id: 8, method: 'listTeams', input: {} }));
    await until(2);
    expect(answers[1]).toEqual({ id: 8, envelope: listed });
    socket.close();
  });

  it('answers calls in flight together each under its own id', async () => {
    const { socket, answers, until } = await opened();
    socket.send(JSON.stringify({ id: 1, method: 'createTeam', input: { name: 'Storage' } }));
    socket.send(JSON.stringify({ id: 2, method: 'createTeam', input: { name: '' } }));
    socket.send(JSON.stringify({ id: 3, method: 'noSuchMethod', input: {} }));
    await until(3);
    const byId = new Map(answers.map((a) => [a.id, a.envelope]));
    expect(byId.get(1)).toMatchObject({ ok: true, value: { name: 'Storage' } });
    expect(byId.get(2)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(byId.get(3)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    socket.close();
  });

  it('refuses the upgrade without the token, with a wrong one, from another origin or host, and on another path', async () => {
    expect(await open({ protocols: [SOCKET_PROTOCOL] })).toEqual({ refused: 401 });
    expect(await open({ protocols: offering('') })).toEqual({ refused: 401 });
    expect(await open({ protocols: offering(TOKEN.split('').reverse().join('')) })).toEqual({ refused: 401 });
    // The token counts only beside our protocol, and not in the address.
    expect(await open({ protocols: [`${SOCKET_TOKEN_PREFIX}${TOKEN}`] })).toEqual({ refused: 401 });
    expect(await open({ protocols: [SOCKET_PROTOCOL], query: `?token=${TOKEN}` })).toEqual({ refused: 401 });
    expect(await open({ origin: 'http://evil.example' })).toEqual({ refused: 403 });
    expect(await open({ host: `attacker.example:${host.port}` })).toEqual({ refused: 403 });
    expect(await open({ pathname: '/api/other-socket' })).toEqual({ refused: 404 });
    // The page's own origin is welcome, and the answer names our protocol, not the token.
    const own = await opened({ origin: `http://127.0.0.1:${host.port}` });
    expect(own.socket.protocol).toBe(SOCKET_PROTOCOL);
    own.socket.close();
  });

  it('answers a message that is not a call under its id, and goes on answering', async () => {
    const { socket, answers, until } = await opened();
    socket.send(JSON.stringify({ id: 4, input: {} }));
    socket.send(JSON.stringify({ id: 5, method: 'listTeams', input: {} }));
    await until(2);
    const byId = new Map(answers.map((a) => [a.id, a.envelope]));
    expect(byId.get(4)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /must be a call/ } });
    expect(byId.get(5)).toMatchObject({ ok: true });
    socket.close();
  });

  it('closes with a reason on a message it cannot answer at all (not JSON, no id)', async () => {
    const notJson = await opened();
    notJson.socket.send('{"id": 1, "method": ');
    expect(await notJson.closed).toEqual({ code: SOCKET_BAD_MESSAGE, reason: 'The message is not valid JSON.' });
    const noId = await opened();
    noId.socket.send(JSON.stringify({ method: 'listTeams' }));
    expect(await noId.closed).toMatchObject({ code: SOCKET_BAD_MESSAGE, reason: /must be a call/ });
  });

  it('closes on a message larger than a call may be (1009), as ws does for any oversized message', async () => {
    const { socket, closed } = await opened();
    socket.send(
      JSON.stringify({ id: 1, method: 'createTeam', input: { name: 'x'.repeat(SOCKET_MAX_CALL_BYTES + 10_000) } }),
    );
    expect((await closed).code).toBe(1009);
  });
});

describe('closing the host', () => {
  it('ends its api sockets', async () => {
    const root = tempDir('cadence-api-socket-close-');
    const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
    const other = await startHost({ store, staticDir: root, token: TOKEN });
    const socket = new WebSocket(`ws://127.0.0.1:${other.port}${API_SOCKET_PATH}`, offering(TOKEN));
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    await other.close();
    await expect(closed).resolves.toBeDefined();
  });
});

describe('an upgrade whose target is not a URL', () => {
  it('is answered 400, and the host goes on answering', async () => {
    const status = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(host.port, '127.0.0.1', () => {
        socket.write(
          [
            'GET http://a:b:c/ HTTP/1.1',
            `Host: 127.0.0.1:${host.port}`,
            'Connection: Upgrade',
            'Upgrade: websocket',
            'Sec-WebSocket-Version: 13',
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
            '',
            '',
          ].join('\r\n'),
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text.split('\r\n')[0] ?? ''));
      socket.on('error', reject);
    });
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    const listed = (await post('listTeams', {})) as { ok: boolean };
    expect(listed.ok).toBe(true);
  });
});
