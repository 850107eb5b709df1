import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CadenceEvent } from '../../../src/api/contract/events';
import { API_SOCKET_PATH, SOCKET_PROTOCOL, SOCKET_TOKEN_PREFIX } from '../../../src/api/contract/socket';
import { startHost, TOKEN_HEADER, type RunningHost } from '../../../src/host/server';
import { WINDOW_HEADER, WINDOW_PARAM } from '../../../src/host/window-scope';
import * as pageSide from '../../../renderer/api/window-id';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'windows-token-0123456789abcdef';
let host: RunningHost;

beforeAll(async () => {
  const root = tempDir('cadence-windows-');
  const staticDir = path.join(root, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  host = await startHost({ store: openWorkspaceStore({ dataDir: path.join(root, 'data') }), staticDir, token: TOKEN });
});
afterAll(() => host.close());

/** One window's event feed: what it has heard so far. */
async function feed(windowId: string | null): Promise<{ heard: CadenceEvent[]; stop: () => Promise<void> }> {
  const headers: Record<string, string> = { [TOKEN_HEADER]: TOKEN };
  if (windowId) headers[WINDOW_HEADER] = windowId;
  const response = await fetch(`http://127.0.0.1:${host.port}/api/events`, { headers });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const heard: CadenceEvent[] = [];
  const reading = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: '', done: true }));
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (frame.startsWith('data: ')) heard.push(JSON.parse(frame.slice(6)) as CadenceEvent);
      }
    }
  })();
  return {
    heard,
    stop: async () => {
      await reader.cancel();
      await reading;
    },
  };
}

async function post(method: string, input: unknown, windowId: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN };
  if (windowId) headers[WINDOW_HEADER] = windowId;
  const answer = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  });
  return (await answer.json()) as { ok: boolean; value: { id: string } };
}

/** A call over a window's api socket, as the page makes them. */
async function overSocket(windowId: string, method: string, input: unknown): Promise<void> {
  const url = `ws://127.0.0.1:${host.port}${API_SOCKET_PATH}?${WINDOW_PARAM}=${windowId}`;
  const socket = new WebSocket(url, [SOCKET_PROTOCOL, `${SOCKET_TOKEN_PREFIX}${TOKEN}`], {
    headers: { host: `127.0.0.1:${host.port}` },
  });
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  const answered = new Promise((resolve) => socket.once('message', resolve));
  socket.send(JSON.stringify({ id: 1, method, input }));
  const answer = JSON.parse(String(await answered)) as { envelope: { ok: boolean } };
  expect(answer.envelope.ok).toBe(true);
  socket.close();
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('two windows on one browser-mode host', () => {
  it('names itself to the host as the host expects (the page keeps its own copy of the names)', () => {
    expect([pageSide.WINDOW_HEADER, pageSide.WINDOW_PARAM]).toEqual([WINDOW_HEADER, WINDOW_PARAM]);
  });

  it('tells the other window, not the one that made it, of a change to a team, whichever way the call came', async () => {
    const created = await post('createTeam', { name: 'Platform' }, 'window-a');
    const teamId = created.value.id;
    const a = await feed('window-a');
    const b = await feed('window-b');
    await post('renameTeam', { teamId, name: 'Platform ops' }, 'window-a');
    await until(() => b.heard.length >= 1);
    await overSocket('window-b', 'renameTeam', { teamId, name: 'Platform SRE' });
    await until(() => a.heard.length >= 1);
    // A change heard late would show after the stop; one more call the other way flushes both feeds.
    await post('renameTeam', { teamId, name: 'Platform team' }, 'window-b');
    await until(() => a.heard.length >= 2);
    await a.stop();
    await b.stop();
    expect(b.heard).toEqual([{ type: 'team-changed', teamId }]);
    expect(a.heard).toEqual([
      { type: 'team-changed', teamId },
      { type: 'team-changed', teamId },
    ]);
  });

  it('tells every window of a change made by a caller that names none (a script), and of a new team list', async () => {
    const a = await feed('window-a');
    const plain = await feed(null);
    await post('createTeam', { name: 'Storage' }, null);
    await until(() => a.heard.length >= 1 && plain.heard.length >= 1);
    await a.stop();
    await plain.stop();
    expect(a.heard).toEqual([{ type: 'teams-changed' }]);
    expect(plain.heard).toEqual([{ type: 'teams-changed' }]);
  });

  it('tells nobody of a call that was refused', async () => {
    const a = await feed('window-a');
    const refused = await post('renameTeam', { teamId: 'no-such-team', name: 'Nobody' }, 'window-b');
    expect(refused.ok).toBe(false);
    // An accepted call after it: its event comes after any the refused one would have sent.
    await post('createTeam', { name: 'Network' }, 'window-b');
    await until(() => a.heard.length >= 1);
    await a.stop();
    expect(a.heard).toEqual([{ type: 'teams-changed' }]);
  });
});
