import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneFolder, syncFolder } from '../../../src/sync/clone';
import { SyncHost, type SyncTimers } from '../../../src/sync/sync-host';
import { bareRepository, serveOverHttp } from '../../helpers/git-remote';
import { replica, type Replica } from '../../helpers/sync-replica';

const NO_TIMERS: SyncTimers = {
  setInterval: () => 0,
  clearInterval: () => undefined,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
};

/** What a join killed half-way leaves: its temporary clone, with a git folder in it. */
function killedJoin(dataDir: string, name: string): string {
  const folder = path.join(syncFolder(dataDir), name);
  mkdirSync(path.join(folder, '.git'), { recursive: true });
  writeFileSync(path.join(folder, '.git', 'config'), '[cadence]\n\tauthor = Bo\n');
  return folder;
}

/** A machine with one team shared to a fresh bare repository. */
async function sharedMachine(): Promise<{ a: Replica; teamId: string; remote: string }> {
  const remote = bareRepository();
  const a = await replica();
  const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
  await a.engine.share({ teamId, remote: remote.path, author: 'Ana' });
  return { a, teamId, remote: remote.path };
}

describe('what joins leave in the sync folder', { timeout: 60_000 }, () => {
  it('removes the folders killed joins left when sharing starts, and nothing else', async () => {
    const { a, teamId } = await sharedMachine();
    const left = [killedJoin(a.dataDir, '.joining-0a1b2c3d4e5f'), killedJoin(a.dataDir, '.joining-ffeeddccbbaa')];
    const host = new SyncHost({ engine: a.engine, store: a.store, publish: () => undefined, timers: NO_TIMERS });
    await host.start();
    await host.idle();
    for (const folder of left) expect(existsSync(folder)).toBe(false);
    expect(existsSync(path.join(cloneFolder(a.dataDir, teamId), '.git'))).toBe(true);
    expect(host.list()).toMatchObject([{ teamId, state: 'in_sync' }]);
    await host.close();
  });

  it('removes a killed join’s folder at the next join (the command line has no host)', async () => {
    const { remote } = await sharedMachine();
    const b = await replica();
    const left = killedJoin(b.dataDir, '.joining-0a1b2c3d4e5f');
    const joined = await b.engine.join({ remote, author: 'Bo' });
    expect(joined.state).toBe('in_sync');
    expect(existsSync(left)).toBe(false);
    expect(readdirSync(syncFolder(b.dataDir)).filter((name) => name.startsWith('.joining-'))).toEqual([]);
  });

  it('a failed join in a folder that never shared leaves no sync folder behind', async () => {
    const empty = bareRepository();
    const b = await replica();
    expect(existsSync(syncFolder(b.dataDir))).toBe(false);
    await expect(b.engine.join({ remote: empty.path, author: 'Bo' })).rejects.toThrow(
      'is empty: share a team to it first.',
    );
    expect(existsSync(syncFolder(b.dataDir))).toBe(false);
  });

  it('a failed join or share with a token, in a folder that never shared, leaves no sync folder (nor askpass script)', async () => {
    const empty = bareRepository();
    const b = await replica();
    await expect(b.engine.join({ remote: empty.path, token: 'glpat-JOIN-1', author: 'Bo' })).rejects.toThrow(
      'is empty: share a team to it first.',
    );
    expect(existsSync(syncFolder(b.dataDir)) && readdirSync(syncFolder(b.dataDir))).toBe(false);

    const teamId = (await b.api.createTeam({ name: 'Platform' })).id;
    const gone = path.join(empty.root, 'no-such-repository.git');
    await expect(b.engine.share({ teamId, remote: gone, token: 'glpat-SHARE-1', author: 'Bo' })).rejects.toThrow();
    expect(b.engine.isShared(teamId)).toBe(false);
    expect(existsSync(syncFolder(b.dataDir)) && readdirSync(syncFolder(b.dataDir))).toBe(false);
  });

  it('a join with a token after a failed one still gives git the token', async () => {
    const { remote } = await sharedMachine();
    const server = await serveOverHttp(path.dirname(remote), 'glpat-GOOD-2');
    try {
      const b = await replica();
      await expect(
        b.engine.join({ remote: bareRepository().path, token: 'glpat-GOOD-2', author: 'Bo' }),
      ).rejects.toThrow('is empty');
      const joined = await b.engine.join({ remote: server.url, token: 'glpat-GOOD-2', author: 'Bo' });
      expect(joined).toMatchObject({ state: 'in_sync', pulled: 1 });
    } finally {
      await server.close();
    }
  });

  it('a failed join removes only its own folder, keeping what was there before', async () => {
    const { a, teamId } = await sharedMachine();
    const empty = bareRepository();
    const before = readdirSync(syncFolder(a.dataDir)).sort();
    await expect(a.engine.join({ remote: empty.path, author: 'Ana' })).rejects.toThrow(
      'is empty: share a team to it first.',
    );
    expect(readdirSync(syncFolder(a.dataDir)).sort()).toEqual(before);
    expect(existsSync(path.join(cloneFolder(a.dataDir, teamId), '.git'))).toBe(true);
  });
});
