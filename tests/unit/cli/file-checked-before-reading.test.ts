import { closeSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A file of `bytes` bytes that takes no room on the disk (sparse): what a whole database dump picked by mistake is. */
function hugeFile(name: string, bytes: number): string {
  const file = path.join(tempDir('cadence-cli-huge-'), name);
  const fd = openSync(file, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

const GB = 1024 ** 3;

/**
 * A FILE too large, or of the wrong kind, is refused on what the file system says of it, before a byte is read: a
 * 3 GB file is not read into memory to be refused, and is refused in Cadence's words, not Node's.
 */
describe('cadence import: the FILE is checked before it is read', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-before-read-');
    writeWorkspace(dataDir, [team('Platform')]);
  });

  const run = async (args: string[]) => {
    const before = folderState(dataDir);
    const { io, out, err } = captured(dataDir);
    const code = await runCli([...args, '--data-dir', dataDir], io);
    expect(out).toEqual([]);
    expect(folderState(dataDir)).toEqual(before);
    return { code, err: err.join('\n') };
  };

  it('import backlog refuses a 3 GB export by its size, in the import’s words', async () => {
    const file = hugeFile('export.csv', 3 * GB);
    expect(await run(['import', 'backlog', file, '--team', 'Platform'])).toEqual({
      code: 1,
      err: `${file} is 3 GB; Cadence imports files of up to 20 MB. Export fewer issues at a time. Nothing was imported.`,
    });
  });

  it('import backlog refuses a file that is not a CSV export by its name, whatever its size', async () => {
    const file = hugeFile('backlog.zip', 3 * GB);
    expect(await run(['import', 'backlog', file, '--team', 'Platform'])).toEqual({
      code: 1,
      err: `${file} is not named as a CSV or TSV file (.csv, .tsv or .txt), so it was not read. Export the backlog as CSV and give that file; a CSV export saved under another name (as mktemp names files) goes in once its name ends in .csv, or piped in: cadence import backlog - --team NAME < FILE. Nothing was imported.`,
    });
  });

  it('import calendar refuses a 3 GB calendar by its size, in the import’s words', async () => {
    const file = hugeFile('calendar.ics', 3 * GB);
    expect(await run(['import', 'calendar', file, '--team', 'Platform', '--kind', 'holidays'])).toEqual({
      code: 1,
      err: `${file} is 3 GB; Cadence imports calendars of up to 2 MB. Export only the weeks you need (the sprint's) and import that. Nothing was changed.`,
    });
  });

  it('import calendar measures a calendar in bytes, as its bound is: 1.2 million two-byte letters are 2.4 MB', async () => {
    const file = path.join(tempDir('cadence-cli-wide-'), 'holidays.ics');
    const event = (i: number) =>
      `BEGIN:VEVENT\r\nUID:${i}\r\nDTSTART;VALUE=DATE:20261203\r\nSUMMARY:Feiertag\r\nDESCRIPTION:${'ü'.repeat(60_000)}\r\nEND:VEVENT`;
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', ...Array.from({ length: 20 }, (_, i) => event(i)), 'END:VCALENDAR'];
    writeFileSync(file, text.join('\r\n'));
    const { code, err } = await run(['import', 'calendar', file, '--team', 'Platform', '--kind', 'holidays']);
    expect(code).toBe(1);
    expect(err).toMatch(/ is 2\.\d MB; Cadence imports calendars of up to 2 MB\. /);
  });
});
