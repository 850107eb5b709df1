import { utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBackups } from '../../../src/storage/backups';
import { unreadableBackupProblem } from '../../../src/storage/backup-summaries';
import { team, workspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

const MINUTE = 60_000;

/** A whole second, so that a file given it again has the very time it had (the system keeps finer ones). */
const WRITTEN = new Date('2026-11-22T10:00:00.000Z');

/** Writes a backup file, modified at WRITTEN, and answers its path. */
function writeBackup(dir: string, stamp: string, text: string): string {
  const file = path.join(dir, `cadence-${stamp}.json`);
  writeFileSync(file, text);
  utimesSync(file, WRITTEN, WRITTEN);
  return file;
}

/** Writes `text` over a file and gives the file back the modification time it had: unchanged as a listing sees it. */
function rewriteKeepingTime(file: string, text: string): void {
  writeFileSync(file, text);
  utimesSync(file, WRITTEN, WRITTEN);
}

const teamsListed = async (backups: ReturnType<typeof folderBackups>) =>
  (await backups.list()).map((b) => [b.name.slice(8, 16), b.teams]);

/**
 * The list is shown each time the Data screen opens, after every backup and every sync: a large workspace's 27
 * backups are 20 MB each. A backup already read is known by its name, size and modification time, and is read
 * again only when one of those changed.
 */
describe('listing the backups again', () => {
  it('reads only the files that are new or changed since the last listing', async () => {
    const dir = tempDir();
    const text = JSON.stringify(workspace([team('Platform'), team('Network')]));
    const kept = writeBackup(dir, '20261120T100000000Z', text);
    const changed = writeBackup(dir, '20261121T100000000Z', text);
    const backups = folderBackups(dir);
    expect(await teamsListed(backups)).toEqual([
      ['20261121', ['Platform', 'Network']],
      ['20261120', ['Platform', 'Network']],
    ]);

    // Same size and time: a read would see "Platfurm", so the list showing "Platform" shows the file was not read.
    rewriteKeepingTime(kept, text.replace('Platform', 'Platfurm'));
    writeFileSync(changed, text.replace('Network', 'Netwerk'));
    utimesSync(changed, WRITTEN, new Date(WRITTEN.getTime() + MINUTE));
    writeBackup(dir, '20261122T100000000Z', JSON.stringify(workspace([team('Storage')])));

    expect(await teamsListed(backups)).toEqual([
      ['20261122', ['Storage']],
      ['20261121', ['Platform', 'Netwerk']],
      ['20261120', ['Platform', 'Network']],
    ]);
    // A list that knew nothing yet reads it.
    expect((await teamsListed(folderBackups(dir))).at(-1)).toEqual(['20261120', ['Platfurm', 'Network']]);
  });
});

/** A backup the list cannot read says why in words; the system's code only where it is all there is to say. */
describe('a backup the list cannot read', () => {
  it.each([['EACCES'], ['EPERM']])('says %s as permissions, without the code', (code) => {
    const problem = unreadableBackupProblem(code);
    expect(problem).toMatch(/permissions do not allow Cadence to read it/);
    expect(problem).not.toContain(code);
  });

  it('names a failure it has no words for by the system’s code, with the disk to check', () => {
    expect(unreadableBackupProblem('EIO')).toMatch(/could not be read \(EIO\).*check the disk/);
  });
});
