import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { bundleChild } from '../../helpers/child-bundle';
import { tempDir } from '../../helpers/in-process-api';

const ROUNDS = 8;
let childBundle = '';

beforeAll(async () => {
  childBundle = await bundleChild(path.join(import.meta.dirname, 'lock-racer-child.ts'));
});

/** A pid that certainly belonged to a process which has exited. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(done.stdout.trim());
}

/** Resolves with the next line the child prints. */
function nextLine(child: ChildProcessWithoutNullStreams, seen: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const end = seen.text.indexOf('\n');
      if (end < 0) return false;
      const line = seen.text.slice(0, end);
      seen.text = seen.text.slice(end + 1);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      resolve(line);
      return true;
    };
    const onData = (chunk: Buffer) => {
      seen.text += chunk.toString();
      check();
    };
    const onExit = () => reject(new Error(`racer exited early: ${seen.text}`));
    if (check()) return;
    child.stdout.on('data', onData);
    child.on('exit', onExit);
  });
}

describe('two Cadence processes taking over the lock a dead process left', () => {
  it('leave it to exactly one of them', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dir = tempDir();
      writeFileSync(
        path.join(dir, LOCK_FILE_NAME),
        JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: 'x', app: 'crashed' }),
      );
      const racers = [0, 1].map(() => {
        const child = spawn(process.execPath, [childBundle, dir], { stdio: 'pipe' });
        return { child, seen: { text: '' } };
      });
      try {
        for (const r of racers) expect(await nextLine(r.child, r.seen)).toBe('ready');
        for (const r of racers) r.child.stdin.write('go\n');
        const outcomes = await Promise.all(racers.map((r) => nextLine(r.child, r.seen)));
        expect(outcomes.toSorted(), `round ${round}`).toEqual(['got', 'refused']);
        const winner = racers[outcomes.indexOf('got')]!.child.pid;
        expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid, `round ${round}`).toBe(winner);
        expect(readdirSync(dir), `round ${round}`).toEqual([LOCK_FILE_NAME]);
      } finally {
        for (const r of racers) r.child.stdin.end();
        await Promise.all(racers.map((r) => new Promise((resolve) => r.child.once('exit', resolve))));
      }
    }
  }, 60_000);
});
