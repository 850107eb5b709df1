import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupName,
  backupsToPrune,
  isBackupName,
  KEEP_RECENT,
  listBackups,
  newestGoodBackup,
  type BackupFile,
} from '../../../src/storage/backups';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team, workspace, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const fake = (d: Date): BackupFile => ({ name: backupName(d), path: '', createdAt: d.toISOString(), size: 1 });

describe('backup names', () => {
  it('are sortable, safe on every file system and recognised only in their own form', () => {
    expect(backupName(at('2026-11-27T09:30:00.123Z'))).toBe('cadence-20261127T093000123Z.json');
    expect(backupName(at('2026-11-27T09:30:00.123Z'), 'before-restore')).toBe(
      'cadence-20261127T093000123Z-before-restore.json',
    );
    expect(isBackupName('cadence-20261127T093000123Z-before-restore.json')).toBe(true);
    for (const bad of [
      'cadence.json',
      '../cadence-20261127T093000123Z.json',
      'cadence-2026.json',
      'x/cadence-20261127T093000123Z.json',
    ]) {
      expect(isBackupName(bad), bad).toBe(false);
    }
  });
});

describe('pruning policy', () => {
  const now = at('2026-11-27T12:00:00.000Z');

  it('keeps the last 20', () => {
    const recent = Array.from({ length: 25 }, (_, i) => fake(new Date(now.getTime() - i * 60_000)));
    const pruned = backupsToPrune(recent, now).map((b) => b.name);
    expect(pruned).toHaveLength(25 - KEEP_RECENT);
    expect(pruned).toEqual(recent.slice(KEEP_RECENT).map((b) => b.name));
  });

  it('never prunes a backup taken before a format upgrade, however old and however many came after', () => {
    const upgraded = at('2026-09-01T08:00:00.000Z');
    const beforeUpgrade: BackupFile = {
      ...fake(upgraded),
      name: backupName(upgraded, 'before-migration-v1'),
    };
    const recent = Array.from({ length: 30 }, (_, i) => fake(new Date(now.getTime() - i * 60_000)));
    const pruned = backupsToPrune([beforeUpgrade, ...recent], now).map((b) => b.name);
    expect(pruned).toHaveLength(30 - KEEP_RECENT);
    expect(pruned).not.toContain(beforeUpgrade.name);
  });

  it('also keeps the newest of each day for a week, and drops older days', () => {
    const recent = Array.from({ length: 20 }, (_, i) => fake(new Date(now.getTime() - i * 60_000)));
    // Two backups on each of the 10 previous days.
    const older = Array.from({ length: 10 }, (_, d) => [
      fake(new Date(now.getTime() - (d + 1) * 24 * HOUR)),
      fake(new Date(now.getTime() - (d + 1) * 24 * HOUR - 2 * HOUR)),
    ]).flat();
    const kept = new Set(
      [...recent, ...older]
        .map((b) => b.name)
        .filter((n) => !backupsToPrune([...recent, ...older], now).some((p) => p.name === n)),
    );
    for (const b of recent) expect(kept.has(b.name)).toBe(true);
    const keptOlder = older.filter((b) => kept.has(b.name));
    // One per day, for the days inside the week.
    expect(keptOlder.map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-26',
      '2026-11-25',
      '2026-11-24',
      '2026-11-23',
      '2026-11-22',
      '2026-11-21',
      // Exactly seven days ago is still inside the week.
      '2026-11-20',
    ]);
    expect(keptOlder.every((b) => older.indexOf(b) % 2 === 0)).toBe(true);
  });
});

describe('backups on disk', () => {
  it('lists only backup files, newest first, and finds the newest one that loads', async () => {
    const dir = tempDir();
    const good = JSON.stringify(workspace([team('Good')]));
    writeFileSync(path.join(dir, backupName(at('2026-11-25T10:00:00.000Z'))), good);
    writeFileSync(path.join(dir, backupName(at('2026-11-26T10:00:00.000Z'))), '{"broken');
    writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');
    const listed = await listBackups(dir);
    expect(listed.map((b) => b.createdAt)).toEqual(['2026-11-26T10:00:00.000Z', '2026-11-25T10:00:00.000Z']);
    const found = await newestGoodBackup(dir);
    expect(found?.file.createdAt).toBe('2026-11-25T10:00:00.000Z');
  });

  it('are taken on start and then at most once per interval while changes happen', async () => {
    const dir = tempDir();
    let clock = at('2026-11-27T09:00:00.000Z').getTime();
    const now = () => new Date(clock);
    const first = await openWorkspaceStore({ dataDir: dir, now, backupIntervalMs: 10 * 60_000 });
    await first.close();
    const store = await openWorkspaceStore({ dataDir: dir, now, backupIntervalMs: 10 * 60_000 });
    const count = () => readdirSync(path.join(dir, 'backups')).length;
    for (let minute = 1; minute <= 25; minute++) {
      clock += 60_000;
      await store.mutate('workspace', (d) => {
        d.teams = [];
      });
      // The start-up backup (written in the background) is on disk once the first change is.
      if (minute === 1) expect(count()).toBe(1);
    }
    // Changes at minutes 1..25: backups at 10 and 20 only.
    expect(count()).toBe(3);
  });

  it('keeps the state as read in the start-up backup, written before the first change replaces a file', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Before')]);
    // The first open migrates the single file (its backup is taken up front); the second is a plain start.
    await (await openWorkspaceStore({ dataDir: dir })).close();
    const store = await openWorkspaceStore({ dataDir: dir });
    const before = new Set(readdirSync(path.join(dir, 'backups')));
    await store.mutate('workspace', (d) => {
      const first = d.teams[0];
      if (first) first.name = 'After';
    });
    const added = readdirSync(path.join(dir, 'backups')).filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    const backup = JSON.parse(readFileSync(path.join(dir, 'backups', added[0] ?? ''), 'utf8')) as {
      teams: { name: string }[];
    };
    expect(backup.teams.map((t) => t.name)).toEqual(['Before']);
    expect(store.snapshot().teams[0]?.name).toBe('After');
    await store.close();
  });
});
