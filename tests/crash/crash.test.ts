import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeWorkspace } from '../../src/storage/decode';
import { readDataText } from '../../src/storage/read-layout';
import { bundleChild } from '../helpers/child-bundle';

/**
 * SIGKILL never drops data the kernel already has, so this test cannot see a missing fsync; the
 * power-cut test beside it in spirit (tests/unit/storage/power-cut.test.ts, in the unit project so it
 * runs on every `npm test`) checks that over a disk that keeps only what was flushed.
 */
const KILLS = Number(process.env.CADENCE_CRASH_KILLS ?? '20');
/** A fresh data dir every few kills: each dir sees repeated crash + reopen, and the file stays small. */
const KILLS_PER_DIR = 10;
const work = mkdtempSync(path.join(os.tmpdir(), 'cadence-crash-'));
let childBundle = '';

beforeAll(async () => {
  childBundle = await bundleChild(path.join(import.meta.dirname, 'crash-child.ts'));
});

interface RunOutcome {
  lines: string[];
  stderr: string;
  exitedByItself: boolean;
}

/** Starts the child and SIGKILLs it at a random moment: sometimes during start-up, mostly mid-stream. */
function runAndKill(dataDir: string, tag: string, env: Record<string, string> = {}): Promise<RunOutcome> {
  const child = spawn(process.execPath, [childBundle, dataDir, tag], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  let killed = false;
  const kill = () => {
    if (!killed) {
      killed = true;
      child.kill('SIGKILL');
    }
  };
  const duringStartup = !env.CADENCE_CRASH_ACK_EARLY && Math.random() < 0.2;
  if (duringStartup) setTimeout(kill, Math.random() * 250);
  child.stdout.on('data', (chunk: Buffer) => {
    const wasReady = stdout.includes('ready\n');
    stdout += chunk.toString();
    if (!duringStartup && !wasReady && stdout.includes('ready\n')) setTimeout(kill, 5 + Math.random() * 300);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.once('exit', () => {
      // Only whole lines count: a line cut by the kill was never acknowledged.
      const lines = stdout.split('\n').slice(0, -1);
      resolve({ lines, stderr, exitedByItself: !killed });
    });
  });
}

interface Tally {
  survived: number;
  lost: number;
  acknowledged: number;
  problems: string[];
  setAside: string[];
}

/** Kills the child `kills` times and checks the data file after each kill against what it acknowledged. */
async function crashRuns(kills: number, env: Record<string, string> = {}): Promise<Tally> {
  let dataDir = '';
  let items = new Set<string>();
  let members = new Set<string>();
  let deleting = new Set<string>();
  let deleted = new Set<string>();
  let acknowledged = 0;
  let lost = 0;
  let survived = 0;
  const problems: string[] = [];
  const dirs: string[] = [];

  for (let k = 0; k < kills; k++) {
    if (k % KILLS_PER_DIR === 0) {
      dataDir = mkdtempSync(path.join(work, 'data-'));
      dirs.push(dataDir);
      items = new Set();
      members = new Set();
      deleting = new Set();
      deleted = new Set();
    }
    const run = await runAndKill(dataDir, `r${k}`, env);
    expect(run.exitedByItself, `the child must not stop on its own:\n${run.stderr}`).toBe(false);
    for (const line of run.lines) {
      const [kind, id = ''] = line.split(' ');
      if (kind === 'item-ack') items.add(id);
      else if (kind === 'member-ack') members.add(id);
      else if (kind === 'del-start') deleting.add(id);
      else if (kind === 'del-ack') deleted.add(id);
      if (kind?.endsWith('-ack')) acknowledged++;
    }

    const text = readDataText(dataDir);
    if (text === null) {
      // Killed before the very first write: fine only if nothing was acknowledged yet.
      if (items.size + members.size > 0) problems.push(`kill ${k}: cadence.json is missing`);
      survived++;
      continue;
    }
    const decoded = decodeWorkspace(text);
    if (decoded.kind !== 'ok') {
      problems.push(
        `kill ${k}: the data file does not load (${decoded.kind === 'damaged' ? decoded.reason : 'newer'})`,
      );
      continue;
    }
    const team = decoded.workspace.teams[0];
    const titles = new Set(team?.items.map((i) => i.title) ?? []);
    const names = new Set(team?.members.map((m) => m.name) ?? []);
    for (const id of items) {
      // An item whose delete had started may be gone even if the delete was not acknowledged.
      if (!titles.has(id) && !deleting.has(id)) {
        lost++;
        problems.push(`kill ${k}: acknowledged item ${id} is missing`);
      }
    }
    for (const id of deleted) {
      if (titles.has(id)) {
        lost++;
        problems.push(`kill ${k}: acknowledged delete of ${id} was undone`);
      }
    }
    for (const id of members) {
      if (!names.has(id)) {
        lost++;
        problems.push(`kill ${k}: acknowledged member ${id} is missing`);
      }
    }
    survived++;
  }

  const setAside = dirs.flatMap((d) => readdirSync(d).filter((n) => n.includes('.damaged-')));
  return { survived, lost, acknowledged, problems, setAside };
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs`, async () => {
    const { survived, lost, acknowledged, problems, setAside } = await crashRuns(KILLS);
    console.log(`kills survived: ${survived}, acknowledged writes lost: ${lost} (${acknowledged} writes acknowledged)`);
    expect(problems.slice(0, 10)).toEqual([]);
    expect(setAside).toEqual([]);
    expect(lost).toBe(0);
    expect(survived).toBe(KILLS);
    // The test means something only if the child got real work done between kills.
    expect(acknowledged).toBeGreaterThan(KILLS);
  });

  it('detects lost writes when a writer acknowledges before the write is durable (control run)', async () => {
    const { lost } = await crashRuns(3, { CADENCE_CRASH_ACK_EARLY: '1' });
    console.log(`control run with early acknowledgements: ${lost} acknowledged writes lost (must be > 0)`);
    expect(lost).toBeGreaterThan(0);
  });
});
