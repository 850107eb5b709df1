import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');
const ICS = path.join(FIXTURES, '..', 'calendars', 'google-holidays.ics');

/** A folder that exists but holds no Cadence data: the parent of the real one, typed by mistake. */
function notesFolder(): string {
  const dir = tempDir('cadence-cli-not-data-');
  writeFileSync(path.join(dir, 'my-notes.txt'), 'mine\n');
  return dir;
}

describe('a --data-dir that holds no Cadence data', () => {
  const commands: [string, string[]][] = [
    ['import backlog', ['import', 'backlog', JIRA, '--team', 'Platform']],
    ['import backlog --dry-run', ['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run']],
    ['import calendar', ['import', 'calendar', ICS, '--team', 'Platform', '--kind', 'holidays']],
    ['sync', ['sync', '--team', 'Platform']],
  ];

  it.each(commands)('%s refuses it, saying why, and writes nothing into it', async (_name, args) => {
    const dir = notesFolder();
    const before = folderState(dir);
    const { io, out, err } = captured(dir);
    expect(await runCli([...args, '--data-dir', dir], io)).toBe(1);
    expect(folderState(dir)).toEqual(before);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(
      `There is no Cadence data in ${dir}: give --data-dir the folder Cadence keeps its data in. Nothing was changed.`,
    );
  });
});

/**
 * A refusal on what the folder holds (a team, sprint or file the data cannot take) comes after the folder is
 * opened: it must still leave the folder as it was. A backup written on the way out would make a script's every
 * failed run (or a loop retrying a typo) push the backup taken before an import out of the 20 kept.
 */
describe('a command refused after it opened the data folder', () => {
  const empty = () => {
    const file = path.join(tempDir('cadence-cli-empty-file-'), 'export.csv');
    writeFileSync(file, '');
    return file;
  };
  it.each([
    ['import backlog, an unknown team', () => ['import', 'backlog', JIRA, '--team', 'Payments']],
    ['import backlog, an empty file', () => ['import', 'backlog', empty(), '--team', 'Platform']],
    [
      'import calendar, an unknown sprint',
      () => ['import', 'calendar', ICS, '--team', 'Platform', '--kind', 'holidays', '--sprint', 'Sprint 99'],
    ],
    ['sync, an unknown team', () => ['sync', '--team', 'Payments']],
  ])('%s: exits 1 and writes nothing, not even a backup', async (_name, args) => {
    const dataDir = tempDir('cadence-cli-refused-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    const before = folderState(dataDir);
    const { io, out } = captured(dataDir);
    expect(await runCli([...args(), '--data-dir', dataDir], io)).toBe(1);
    expect(out).toEqual([]);
    expect(folderState(dataDir)).toEqual(before);
  });
});
