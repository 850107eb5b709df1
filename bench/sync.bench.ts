import path from 'node:path';
import { bareRepository } from '../tests/helpers/git-remote';
import { openWorkspaceStore } from '../src/storage/workspace-store';
import type { WorkspaceStore } from '../src/services/store';
import { syncFolder } from '../src/sync/clone';
import { coreCodec } from '../src/sync/core-codec';
import { Git } from '../src/sync/git';
import { SyncEngine } from '../src/sync/sync-engine';
import { FileTokenStore } from '../src/sync/token-store';
import type { Profile } from './generate/profiles';
import { freshDir, seedDataDir } from './lib/data-dir';
import { remoteProcess } from './lib/git-http-remote';
import { addRow, type Results } from './lib/report';
import { summarize } from './lib/stats';

const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 6);
const TARGET_MS = 2000;
const TOKEN = 'bench-token';

/** The team: 2,000 items and 100 retros. */
export const SYNC_LOOPBACK_TEAM: Profile = {
  name: 'sync-loopback',
  teams: 1,
  items: 2000,
  sprints: 26,
  retros: 100,
  cardsPerRetro: 20,
  membersPerTeam: 8,
};

function engineOver(store: WorkspaceStore): SyncEngine {
  return new SyncEngine({
    ctx: { store, now: () => new Date() },
    git: new Git({ askpassDir: syncFolder(store.dataDir) }),
    codec: coreCodec,
    tokens: new FileTokenStore(path.join(syncFolder(store.dataDir), 'tokens.json')),
  });
}

/** Retitles every `step`-th item from `offset`: a machine's day of edits. */
async function edit(store: WorkspaceStore, teamId: string, offset: number, tag: string): Promise<void> {
  await store.mutate({ teamId }, (draft) => {
    const team = draft.teams.find((t) => t.id === teamId)!;
    team.items.forEach((item, n) => {
      if (n % 40 === offset) item.title = `${item.title.replace(/ \(.*\)$/, '')} (${tag})`;
    });
  });
}

/**
 * A sync of a team with 2,000 items and 100 retros on loopback (issue #16): git http-backend behind a
 * node server on 127.0.0.1 (a process of its own, as a remote is) with a token; the other machine pushed 50 edits, this one made 50 of its own;
 * timed: fetch, three-way merge, the write of the merged team, the merge commit and the push.
 */
export async function benchSync(results: Results): Promise<void> {
  console.log('Syncing a 2,000-item team over loopback…');
  const bare = bareRepository();
  const server = await remoteProcess(bare.root, TOKEN);
  const a = await openWorkspaceStore({ dataDir: seedDataDir(SYNC_LOOPBACK_TEAM, 'sync-a').dataDir });
  const b = await openWorkspaceStore({ dataDir: freshDir('sync-b') });
  try {
    const teamId = a.snapshot().teams[0]!.id;
    const [engineA, engineB] = [engineOver(a), engineOver(b)];
    await engineA.share({ teamId, remote: server.url, token: TOKEN, author: 'Ana' });
    await engineB.join({ remote: server.url, token: TOKEN, author: 'Bo' });
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS + 1; run++) {
      await edit(a, teamId, 0, `a${run}`);
      await engineA.sync(teamId);
      await edit(b, teamId, 20, `b${run}`);
      const started = performance.now();
      const outcome = await engineB.sync(teamId);
      const ms = performance.now() - started;
      if (outcome.state !== 'in_sync' || outcome.pulled === 0) {
        throw new Error(`the bench sync did not merge: ${JSON.stringify(outcome).slice(0, 300)}`);
      }
      bytes = coreCodec.encode(b.snapshot().teams[0]!).length;
      // The first run warms up the JIT and git's object store.
      if (run > 0) times.push(ms);
    }
    const sync = summarize(times);
    addRow(results, {
      section: '9. Sync',
      name: `sync a 2,000-item, 100-retro team on loopback (${(bytes / 1024 / 1024).toFixed(1)} MB file)`,
      unit: 'ms',
      value: sync,
      target: `p95 < ${TARGET_MS} ms`,
      pass: sync.p95 < TARGET_MS,
      note: 'pull, merge, write (backup first), merge commit, push; git http-backend on 127.0.0.1',
    });
  } finally {
    await a.close();
    await b.close();
    await server.stop();
  }
}
