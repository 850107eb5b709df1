import { promises as fsp, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backupName,
  backupsToPrune,
  keepBackup,
  KEEP_RECENT,
  listBackups,
  summarizeBackups,
  type BackupFile,
} from '../../../src/storage/backups';
import { team, workspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

afterEach(() => vi.restoreAllMocks());

/**
 * Backups are ordered by the moment they were taken, not by their times' text: "…T10:00:00Z" (a time written without
 * milliseconds) is half a second before "…T10:00:00.500Z", though "." sorts before "Z".
 */
describe('pruning by the moment a backup was taken', () => {
  it('prunes the oldest of two backups of the same second when one time has no milliseconds', () => {
    const now = new Date('2026-12-20T12:00:00.000Z');
    const file = (createdAt: string): BackupFile => ({
      name: backupName(new Date(createdAt)),
      path: '',
      createdAt,
      size: 1,
    });
    // Older than the week of daily backups, so only the newest KEEP_RECENT are kept.
    const older = file('2026-11-01T10:00:00Z');
    const newer = file('2026-11-01T10:00:00.500Z');
    const recent = Array.from({ length: KEEP_RECENT - 1 }, (_, i) =>
      file(`2026-11-02T10:${String(i).padStart(2, '0')}:00Z`),
    );

    const pruned = backupsToPrune([older, newer, ...recent], now).map((b) => b.name);

    expect(pruned).toEqual([older.name]);
  });
});

/**
 * A backup pruned (by a backup taken meanwhile) while the list is being read has simply left the folder: it is not listed, and the list of the others is still shown.
 */
describe('a backup that leaves the folder while the list is read', () => {
  const write = (dir: string, stamp: string, text: string) => {
    const name = `cadence-${stamp}.json`;
    writeFileSync(path.join(dir, name), text);
    return name;
  };

  it('is left out when it is gone before its size is read, and the others are listed', async () => {
    const dir = tempDir();
    const kept = write(dir, '20261120T100000000Z', JSON.stringify(workspace([team('Platform')])));
    const gone = write(dir, '20261121T100000000Z', JSON.stringify(workspace([team('Network')])));
    const stat = fsp.stat.bind(fsp);
    vi.spyOn(fsp, 'stat').mockImplementation(async (file, ...rest) => {
      // Pruned between the folder's listing and this look at the file.
      if (String(file).endsWith(gone)) rmSync(path.join(dir, gone));
      return stat(file, ...(rest as []));
    });

    const listed = await summarizeBackups(dir);

    expect(listed.map((b) => [b.name, b.teams])).toEqual([[kept, ['Platform']]]);
  });

  it('is left out when it is gone before its contents are read, while a damaged one is still said', async () => {
    const dir = tempDir();
    const kept = write(dir, '20261120T100000000Z', JSON.stringify(workspace([team('Platform')])));
    const damaged = write(dir, '20261122T100000000Z', '{"trunc');
    const gone = write(dir, '20261121T100000000Z', JSON.stringify(workspace([team('Network')])));
    const stat = fsp.stat.bind(fsp);
    let looked = 0;
    vi.spyOn(fsp, 'stat').mockImplementation(async (file, ...rest) => {
      const found = await stat(file, ...(rest as []));
      // Pruned after the last file's size was read, before the contents are.
      if (++looked === 3) rmSync(path.join(dir, gone));
      return found;
    });

    const listed = await summarizeBackups(dir);

    expect(listed.map((b) => [b.name, b.teams, b.problem])).toEqual([
      [damaged, null, expect.stringMatching(/not valid JSON/)],
      [kept, ['Platform'], null],
    ]);
  });
});

/**
 * Two backups taken at once (Back up now while the 10-minute backup runs) each prune the folder, and both go for the
 * oldest backup: the one that finds it already deleted has still taken its backup, and says so.
 */
describe('a backup taken while another prunes the folder', () => {
  it('is kept and answered, though the backup its pruning looked at was deleted meanwhile', async () => {
    const dir = tempDir();
    const start = Date.parse('2026-11-01T08:00:00.000Z');
    for (let i = 0; i <= KEEP_RECENT; i++) {
      writeFileSync(path.join(dir, backupName(new Date(start + i * 600_000))), '{}');
    }
    const oldest = backupName(new Date(start));
    const stat = fsp.stat.bind(fsp);
    vi.spyOn(fsp, 'stat').mockImplementation(async (file, ...rest) => {
      // The other backup's pruning deletes the oldest between this one's listing and its look at the file.
      if (String(file).endsWith(oldest)) rmSync(path.join(dir, oldest), { force: true });
      return stat(file, ...(rest as []));
    });

    const name = await keepBackup(dir, '{}', new Date('2026-12-20T12:00:00.000Z'));

    vi.restoreAllMocks();
    expect((await listBackups(dir)).map((b) => b.name)).toContain(name);
  });
});
