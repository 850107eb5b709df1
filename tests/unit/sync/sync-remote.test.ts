import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cloneFolder } from '../../../src/sync/clone';
import { Git, type RunOptions } from '../../../src/sync/git';
import { itemFields } from '../../helpers/fixtures';
import {
  bareRepository,
  remoteFile,
  remoteFilesEver,
  serveOverHttp,
  type GitHttpServer,
} from '../../helpers/git-remote';
import { replica, type Replica } from '../../helpers/sync-replica';

const TOKEN = 'glpat-CANARY-sync-3141';
/** Each machine runs on its own clock, as two laptops do (edits stamp updatedAt; the later stamp wins). */
const now = () => new Date();

interface Remote {
  /** What the people type. */
  address: string;
  repo: string;
  token: string | undefined;
  server: GitHttpServer | null;
}

const open: GitHttpServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function remoteOver(transport: 'path' | 'http'): Promise<Remote> {
  const bare = bareRepository();
  if (transport === 'path') return { address: bare.path, repo: bare.path, token: undefined, server: null };
  const server = await serveOverHttp(bare.root, TOKEN);
  open.push(server);
  return { address: server.url, repo: bare.path, token: TOKEN, server };
}

/** Machine A with a team of three items, shared; machine B joined from the same remote. */
async function twoMachines(remote: Remote) {
  const a = await replica({ now });
  const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
  const ids: string[] = [];
  for (const title of ['Upgrade Postgres', 'Rotate certs', 'Patch kernels']) {
    ids.push((await a.api.createItem({ teamId, item: itemFields(title, { points: 3 }) })).id);
  }
  const shared = await a.engine.share({ teamId, remote: remote.address, token: remote.token, author: 'Ana' });
  expect(shared).toMatchObject({ state: 'in_sync', pushed: 1 });
  const b = await replica({ now });
  const joined = await b.engine.join({ remote: remote.address, token: remote.token, author: 'Bo' });
  expect(joined).toMatchObject({ teamId, state: 'in_sync', pulled: 1 });
  return { a, b, teamId, ids };
}

const titles = (r: Replica, teamId: string) =>
  r
    .team(teamId)
    .items.map((i) => i.title)
    .sort();
const itemOf = (r: Replica, teamId: string, id: string) => r.team(teamId).items.find((i) => i.id === id);

/** What depends on the transport (fetch, push, a refused push, an unreachable remote, the token) runs over both. */
describe.each(['path', 'http'] as const)(
  'two machines through a bare repository (%s)',
  { timeout: 60_000 },
  (transport) => {
    it('merges edits to different items, both ways', async () => {
      const remote = await remoteOver(transport);
      const { a, b, teamId, ids } = await twoMachines(remote);
      await a.api.updateItem({ teamId, itemId: ids[0]!, changes: { title: 'Upgrade Postgres to 17' } });
      await b.api.updateItem({ teamId, itemId: ids[1]!, changes: { title: 'Rotate TLS certs' } });
      expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync', pulled: 0, pushed: 1 });
      // B sends its own commit and the merge commit.
      expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync', pulled: 1, pushed: 2 });
      expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync', pulled: 2, pushed: 0 });
      const expected = ['Patch kernels', 'Rotate TLS certs', 'Upgrade Postgres to 17'];
      expect(titles(a, teamId)).toEqual(expected);
      expect(titles(b, teamId)).toEqual(expected);
      // The merge commit has both parents, under the name given.
      const log = execFileSync('git', ['--git-dir', remote.repo, 'log', '--format=%an|%p', 'main'], {
        encoding: 'utf8',
      });
      expect(log.split('\n')[0]).toMatch(/^Bo\|\w+ \w+$/);
    });

    it('keeps working offline and sends a week of changes when the remote answers again', async () => {
      const remote = await remoteOver(transport);
      const { a, b, teamId } = await twoMachines(remote);
      // B's network is gone for a week: its clone's remote does not answer (no such folder, nothing listening).
      const bClone = cloneFolder(b.dataDir, teamId);
      const gone = transport === 'http' ? 'http://127.0.0.1:9/team.git' : path.join(remote.repo, '..', 'unmounted.git');
      execFileSync('git', ['-C', bClone, 'config', 'remote.origin.url', gone]);
      for (let day = 1; day <= 5; day++) {
        await b.api.createItem({ teamId, item: itemFields(`Offline task ${day}`) });
        const offline = await b.engine.sync(teamId);
        expect(offline.state).toBe('offline');
        expect(offline.message).toMatch(/Cannot reach/);
        expect(offline.message).not.toContain(TOKEN);
        await a.api.createItem({ teamId, item: itemFields(`Office task ${day}`) });
        expect((await a.engine.sync(teamId)).pushed).toBe(1);
      }
      expect(await b.engine.pendingChanges(teamId)).toBe(5);
      execFileSync('git', ['-C', bClone, 'config', 'remote.origin.url', remote.address]);
      const back = await b.engine.sync(teamId);
      // Five days of B's commits and the merge go out; A's five come in.
      expect(back).toMatchObject({ state: 'in_sync', pulled: 5, pushed: 6 });
      await a.engine.sync(teamId);
      expect(titles(a, teamId)).toEqual(titles(b, teamId));
      expect(titles(a, teamId)).toHaveLength(13);
    });

    it('fetches, merges and pushes again when the remote moved on before its push', async () => {
      const remote = await remoteOver(transport);
      const { a, teamId, ids } = await twoMachines(remote);
      const c = await replica({
        now,
        git: new (class extends Git {
          private moved = false;
          override async run(args: readonly string[], options: RunOptions) {
            if (args.includes('push') && !this.moved) {
              this.moved = true;
              // A pushes between C's fetch and C's push.
              await a.api.updateItem({ teamId, itemId: ids[2]!, changes: { title: 'Patch kernels (A)' } });
              expect((await a.engine.sync(teamId)).pushed).toBe(1);
            }
            return super.run(args, options);
          }
        })({ askpassDir: path.join(remote.repo, '..', 'askpass-c') }),
      });
      await c.engine.join({ remote: remote.address, token: remote.token, author: 'Cy' });
      await c.api.updateItem({ teamId, itemId: ids[0]!, changes: { title: 'Upgrade Postgres (C)' } });
      const report = await c.engine.sync(teamId);
      expect(report).toMatchObject({ state: 'in_sync', pulled: 1, pushed: 2 });
      await a.engine.sync(teamId);
      for (const r of [a, c]) {
        expect(itemOf(r, teamId, ids[0]!)?.title).toBe('Upgrade Postgres (C)');
        expect(itemOf(r, teamId, ids[2]!)?.title).toBe('Patch kernels (A)');
      }
    });

    it('commits only the team file, and never the token', async () => {
      const remote = await remoteOver(transport);
      const { a, b, teamId } = await twoMachines(remote);
      await a.api.backupNow({});
      await a.engine.sync(teamId);
      expect(remoteFilesEver(remote.repo)).toEqual(['team.json']);
      for (const r of [a, b]) {
        const clone = cloneFolder(r.dataDir, teamId);
        expect(statSync(clone).mode & 0o777).toBe(0o700);
        expect(readdirSync(clone).sort()).toEqual(['.git', 'team.json']);
        expect(readFileSync(path.join(clone, '.git', 'config'), 'utf8')).not.toContain(TOKEN);
        expect(readFileSync(path.join(clone, '.git', 'config'), 'utf8')).not.toMatch(/@127|:\/\/[^/]*@/);
      }
      const everything = execFileSync('git', ['--git-dir', remote.repo, 'log', '--all', '-p'], { encoding: 'utf8' });
      expect(everything).not.toContain(TOKEN);
      if (remote.server) {
        expect(remote.server.requests.length).toBeGreaterThan(0);
        for (const req of remote.server.requests) expect(req.url).not.toContain(TOKEN);
      }
    });
  },
);

/** The merge rules do not depend on how the remote is reached: they run over a folder path only. */
describe('merge rules through a bare repository', { timeout: 60_000 }, () => {
  it('merges one item’s different fields', async () => {
    const remote = await remoteOver('path');
    const { a, b, teamId, ids } = await twoMachines(remote);
    await a.api.updateItem({ teamId, itemId: ids[0]!, changes: { points: 8 } });
    await b.api.updateItem({ teamId, itemId: ids[0]!, changes: { description: 'Needs a change window' } });
    await a.engine.sync(teamId);
    expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync', conflicts: [] });
    await a.engine.sync(teamId);
    for (const r of [a, b]) {
      expect(itemOf(r, teamId, ids[0]!)).toMatchObject({ points: 8, description: 'Needs a change window' });
    }
  });

  it.each(['mine', 'theirs'] as const)(
    'holds a conflict on one field until it is decided (keep %s), losing nothing meanwhile',
    async (keep) => {
      const remote = await remoteOver('path');
      const { a, b, teamId, ids } = await twoMachines(remote);
      await a.api.updateItem({ teamId, itemId: ids[0]!, changes: { title: 'Title from A' } });
      await b.api.updateItem({ teamId, itemId: ids[0]!, changes: { title: 'Title from B' } });
      await a.engine.sync(teamId);
      const before = remoteFile(remote.repo);
      const held = await b.engine.sync(teamId);
      expect(held.state).toBe('conflicts');
      expect(held.conflicts).toHaveLength(1);
      expect(held.conflicts[0]).toMatchObject({ mine: expect.stringContaining('Title from B') });
      expect(held.conflicts[0]!.theirs).toContain('Title from A');
      // Nothing merged or pushed; B keeps its own value, and local saves go on.
      expect(itemOf(b, teamId, ids[0]!)?.title).toBe('Title from B');
      expect(remoteFile(remote.repo)).toBe(before);
      await b.api.updateItem({ teamId, itemId: ids[2]!, changes: { points: 13 } });
      expect((await b.engine.sync(teamId)).state).toBe('conflicts');
      expect(remoteFile(remote.repo)).toBe(before);

      const key = held.conflicts[0]!.key;
      const decided = await b.engine.sync(teamId, [{ key, keep }]);
      // B's two edits, then the merge.
      expect(decided).toMatchObject({ state: 'in_sync', pulled: 1, pushed: 3, conflicts: [] });
      await a.engine.sync(teamId);
      const title = keep === 'mine' ? 'Title from B' : 'Title from A';
      for (const r of [a, b]) {
        expect(itemOf(r, teamId, ids[0]!)?.title).toBe(title);
        expect(itemOf(r, teamId, ids[2]!)?.points).toBe(13);
      }
    },
  );

  it('brings back an item deleted on one machine and edited on the other', async () => {
    const remote = await remoteOver('path');
    const { a, b, teamId, ids } = await twoMachines(remote);
    await a.api.deleteItem({ teamId, itemId: ids[1]! });
    await b.api.updateItem({ teamId, itemId: ids[1]!, changes: { title: 'Rotate certs before Friday' } });
    await a.engine.sync(teamId);
    const merged = await b.engine.sync(teamId);
    expect(merged.state).toBe('in_sync');
    await a.engine.sync(teamId);
    for (const r of [a, b]) expect(itemOf(r, teamId, ids[1]!)?.title).toBe('Rotate certs before Friday');
  });
});
