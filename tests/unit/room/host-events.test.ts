import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CadenceEvent } from '../../../src/api/contract/events';
import { startHost, TOKEN_HEADER, type RunningHost } from '../../../src/host/server';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'events-token-0123456789abcdef';
let host: RunningHost | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(): Promise<RunningHost> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  host = await startHost({
    store: openWorkspaceStore({ dataDir: path.join(dir, 'data') }),
    staticDir,
    token: TOKEN,
    room: { staticDir, fixedAddress: '127.0.0.3', port: 0 },
  });
  return host;
}

const call = (h: RunningHost, method: string, input: unknown) =>
  fetch(`http://127.0.0.1:${h.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
    body: JSON.stringify(input),
  }).then((r) => r.json() as Promise<{ ok: boolean; value: { id: string } }>);

describe('the browser-mode event stream', () => {
  it('refuses a reader without the token', async () => {
    const h = await start();
    const answer = await fetch(`http://127.0.0.1:${h.port}/api/events`);
    expect(answer.status).toBe(401);
    await answer.body?.cancel();
  });

  it('tells the shared screen when the room opens and closes, as server-sent events', async () => {
    const h = await start();
    const response = await fetch(`http://127.0.0.1:${h.port}/api/events`, { headers: { [TOKEN_HEADER]: TOKEN } });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const events: CadenceEvent[] = [];
    const reading = (async () => {
      let buffer = '';
      // The feed also tells of the team created below (other windows fetch their list again).
      while (events.filter((e) => e.type === 'room').length < 2) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        for (const frame of buffer.split('\n\n').slice(0, -1)) {
          if (frame.startsWith('data: ')) events.push(JSON.parse(frame.slice(6)) as CadenceEvent);
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
      }
    })();
    const team = await call(h, 'createTeam', { name: 'Ops' });
    const opened = await call(h, 'openRoom', { teamId: team.value.id, focus: { kind: 'poker' } });
    expect(opened.ok).toBe(true);
    await call(h, 'closeRoom', {});
    await reading;
    await reader.cancel();
    const room = events.filter((e) => e.type === 'room');
    expect(room[0]).toMatchObject({ type: 'room', room: { teamId: team.value.id, address: '127.0.0.3' } });
    expect(room[1]).toEqual({ type: 'room', room: null });
  });
});
