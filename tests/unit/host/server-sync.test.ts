import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startHost, TOKEN_HEADER } from '../../../src/host/server';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { coreCodec } from '../../../src/sync/core-codec';
import { bareRepository, remoteFile } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'test-token-sync-0123456789';

async function post(url: string, method: string, input: unknown) {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: TOKEN, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
}

describe('browser mode with sharing', { timeout: 60_000 }, () => {
  it('answers the sync methods over HTTP when the host is given sync settings', async () => {
    const root = tempDir('cadence-host-sync-');
    const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
    const host = await startHost({ store, staticDir: root, token: TOKEN, sync: { codec: coreCodec } });
    try {
      const base = `http://127.0.0.1:${host.port}`;
      const team = (await post(base, 'createTeam', { name: 'Platform' })).value as { id: string };
      const remote = bareRepository();
      const shared = await post(base, 'shareTeam', { teamId: team.id, remote: remote.path, author: 'Ana' });
      expect(shared).toMatchObject({ ok: true, value: { pushed: 1, status: { state: 'in_sync' } } });
      expect(remoteFile(remote.path)).toContain('"name": "Platform"');
      expect(await post(base, 'listSyncStatus', {})).toMatchObject({ ok: true, value: [{ teamId: team.id }] });
    } finally {
      await host.close();
    }
  });

  it('says sharing is not available without them', async () => {
    const root = tempDir('cadence-host-sync-');
    const store = await openWorkspaceStore({ dataDir: path.join(root, 'data') });
    const host = await startHost({ store, staticDir: root, token: TOKEN });
    try {
      const answer = await post(`http://127.0.0.1:${host.port}`, 'syncTeam', { teamId: 'x' });
      expect(answer.ok).toBe(false);
      expect(answer.error?.message).toMatch(/not available here/);
    } finally {
      await host.close();
    }
  });
});
