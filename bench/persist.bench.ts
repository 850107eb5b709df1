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

const RUNS = Number(process.env.BENCH_PERSIST_RUNS ?? 300);
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

  const board = await votingBoard(h);
  // One person's dot on a card, then taken back: the count per person never reaches the cap.
  const vote = await compare(h, (i) => {
    const pair = Math.floor(i / 2);
    return h.call('castRetroVotes', {
      teamId: h.teamId,
      retroId: board.retroId,
      voterId: board.voters[pair % board.voters.length],
      targetId: board.cards[pair % board.cards.length],
      delta: i % 2 === 0 ? 1 : -1,
    });
  });
  addRow(results, {
    section,
    name: 'cast a retro vote: api call → durable',
    unit: 'ms',
    value: summarize(vote.api),
    floor: summarize(vote.floor),
    target: profile === LARGE ? '≤ 1.3× floor; p95 < 15 ms' : '≤ 1.3× floor',
    pass: within(vote, 1.3) && (profile !== LARGE || summarize(vote.api).p95 < 15),
    note: `${board.cards.length}-card retro of the team, ${board.voters.length} voters`,
  });

  if (profile === LARGE) await burst(results, h, board);
  await h.store.close();
}

interface VotingBoard {
  retroId: string;
  cards: string[];
  voters: string[];
}

/** A retro with 25 cards in the team's first team, voters allowed 20 dots each (room for 100 votes). */
async function votingBoard(h: Harness): Promise<VotingBoard> {
  await h.call('updateTeamSettings', {
    teamId: h.teamId,
    settings: { retroVotesPerPerson: 20, retroMaxVotesPerCard: 20 },
  });
  const retro = (await h.call('createRetro', {
    teamId: h.teamId,
    kind: 'retro',
    title: 'Bench retro',
    sprintId: null,
    templateId: 'ops',
  })) as { id: string };
  let cards: string[] = [];
  for (let i = 0; i < 25; i++) {
    const updated = (await h.call('addRetroCard', {
      teamId: h.teamId,
      retroId: retro.id,
      columnId: ['interrupts', 'alerts', 'stories', 'dev-teams'][i % 4],
      text: `Card ${i}: the pager went off during the change freeze`,
    })) as { cards: { id: string }[] };
    cards = updated.cards.map((c) => c.id);
  }
  const voters = (h.store.snapshot().teams[0]?.members ?? []).map((m) => m.id);
  if (voters.length === 0) throw new Error('generated team has no members');
  return { retroId: retro.id, cards, voters };
}

/** 100 retro votes spread over one second, as a room voting at once; all must be durable. */
async function burst(results: Results, h: Harness, board: VotingBoard): Promise<void> {
  // Distinct (voter, card) pairs, so the 100 dots are 100 separate records on disk.
  const pairs = Array.from({ length: 100 }, (_, i) => ({
    voterId: board.voters[i % board.voters.length] ?? '',
    targetId: board.cards[Math.floor(i / board.voters.length) % board.cards.length] ?? '',
  }));
  const started = performance.now();
  const done: Promise<unknown>[] = [];
  let lastCallAt = started;
  for (const [i, pair] of pairs.entries()) {
    const at = started + i * 10;
    await new Promise((r) => setTimeout(r, Math.max(0, at - performance.now())));
    lastCallAt = performance.now();
    done.push(h.call('castRetroVotes', { teamId: h.teamId, retroId: board.retroId, ...pair, delta: 1 }));
  }
  await Promise.all(done);
  const total = performance.now() - started;
  const tail = performance.now() - lastCallAt;
  await h.store.flush();
  const onDisk = votesOnDisk(h.dataDir, h.teamId, board.retroId);
  const durable = pairs.filter((p) => onDisk.has(`${p.voterId}:${p.targetId}`)).length;
  addRow(results, {
    section: '1. Persist (large)',
    name: 'burst: 100 retro votes in 1 s, first call → last durable',
    unit: 'ms',
    value: single(total),
    target: 'all 100 durable',
    pass: durable === 100,
    note: `${durable}/100 on disk after the last promise resolved; the last vote was durable ${tail.toFixed(1)} ms after it was cast`,
  });
}

/** The (voter:card) pairs holding a dot in a retro, as read back from the team's file on disk. */
function votesOnDisk(dataDir: string, teamId: string, retroId: string): Set<string> {
  const team = JSON.parse(readFileSync(teamPath(dataDir, teamId), 'utf8')) as Workspace['teams'][number];
  const retro = team.retros.find((r) => r.id === retroId);
  return new Set((retro?.votes ?? []).filter((v) => v.count > 0).map((v) => `${v.voterId}:${v.targetId}`));
}

export async function benchPersist(results: Results): Promise<void> {
  console.log('Persisting mutations…');
  await benchProfile(results, SMALL);
  await benchProfile(results, LARGE);
}
