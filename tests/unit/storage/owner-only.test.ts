import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamPath } from '../../../src/storage/layout';
import { acquireDataDirLock } from '../../../src/storage/lock';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** Every file and folder under `dir` with its permission bits, as `relative path: mode` lines. */
function modes(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      if (skip(name)) continue;
      const full = path.join(at, name);
      const stat = statSync(full);
      out.push(`${path.relative(dir, full)}: ${(stat.mode & 0o777).toString(8)}`);
      if (stat.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out.sort();
}

async function seeded(dataDir: string) {
  const store = await openWorkspaceStore({ dataDir });
  const ops = team('Ops');
  await store.mutate('workspace', (d) => {
    d.teams.push(ops);
  });
  await store.close();
  return ops;
}

describe.skipIf(process.platform === 'win32')('owner-only data folder', () => {
  it('makes every file Cadence writes 0600 and every folder 0700, the data folder included', async () => {
    const dataDir = path.join(tempDir(), 'data');
    const lock = await acquireDataDirLock(dataDir, { app: 'test' });
    await seeded(dataDir);
    // A second start takes a start-up backup and writes the verified-teams cache.
    await (await openWorkspaceStore({ dataDir })).close();

    const all = modes(dataDir);
    expect(all.some((l) => l.startsWith('backups/cadence-'))).toBe(true);
    expect(all.some((l) => l.startsWith('verified-teams.json'))).toBe(true);
    expect(all.some((l) => l.startsWith('cadence.lock'))).toBe(true);
    expect((statSync(dataDir).mode & 0o777).toString(8)).toBe('700');
    for (const line of all) {
      const [name, mode] = line.split(': ');
      expect(mode, name).toBe(statSync(path.join(dataDir, name ?? '')).isDirectory() ? '700' : '600');
    }
    lock.release();
  });

  it('tightens what an older version left open, sets a damaged copy aside owner-only, and leaves other files alone', async () => {
    const dataDir = tempDir();
    const ops = await seeded(dataDir);
    await (await openWorkspaceStore({ dataDir })).close();
    // As an older Cadence (or a copy by hand) left them: readable by everyone.
    for (const line of modes(dataDir)) {
      const full = path.join(dataDir, line.split(': ')[0] ?? '');
      chmodSync(full, statSync(full).isDirectory() ? 0o755 : 0o644);
    }
    writeFileSync(teamPath(dataDir, ops.id), '{"damaged', { mode: 0o644 });
    writeFileSync(path.join(dataDir, 'notes.txt'), 'mine', { mode: 0o644 });

    const store = await openWorkspaceStore({ dataDir });
    await store.close();

    const damaged = readdirSync(path.join(dataDir, 'teams')).filter((n) => n.includes('.damaged-'));
    expect(damaged).toHaveLength(1);
    expect(modes(dataDir)).toContain('notes.txt: 644');
    for (const line of modes(dataDir, (name) => name === 'notes.txt')) {
      const [name, mode] = line.split(': ');
      expect(mode, name).toBe(statSync(path.join(dataDir, name ?? '')).isDirectory() ? '700' : '600');
    }
  });

  it('brings the sync folder back to owner-only at every depth: the tokens file, a clone and its .git', async () => {
    const dataDir = tempDir();
    await seeded(dataDir);
    // As a copy by hand or another tool leaves them: a clone, its objects, the tokens file, the askpass script.
    const objects = path.join(dataDir, 'sync', 'team-1', '.git', 'objects', 'ab');
    mkdirSync(objects, { recursive: true, mode: 0o755 });
    writeFileSync(path.join(objects, 'cdef'), 'blob', { mode: 0o444 });
    writeFileSync(path.join(dataDir, 'sync', 'team-1', '.git', 'config'), '[core]', { mode: 0o664 });
    writeFileSync(path.join(dataDir, 'sync', 'team-1', 'team.json'), '{}', { mode: 0o644 });
    writeFileSync(path.join(dataDir, 'sync', 'tokens.json'), '{}', { mode: 0o644 });
    writeFileSync(path.join(dataDir, 'sync', 'askpass.sh'), '#!/bin/sh', { mode: 0o755 });
    for (const dir of [
      'sync',
      'sync/team-1',
      'sync/team-1/.git',
      'sync/team-1/.git/objects',
      'sync/team-1/.git/objects/ab',
    ])
      chmodSync(path.join(dataDir, dir), 0o755);

    await (await openWorkspaceStore({ dataDir })).close();

    // Files 0600 (a runnable one 0700: the askpass script), folders 0700.
    const sync = modes(path.join(dataDir, 'sync'));
    expect(sync).toEqual(
      [
        'askpass.sh: 700',
        'team-1: 700',
        'team-1/.git: 700',
        'team-1/.git/config: 600',
        'team-1/.git/objects: 700',
        'team-1/.git/objects/ab: 700',
        'team-1/.git/objects/ab/cdef: 600',
        'team-1/team.json: 600',
        'tokens.json: 600',
      ].sort(),
    );
    expect((statSync(path.join(dataDir, 'sync')).mode & 0o777).toString(8)).toBe('700');
  });
});
