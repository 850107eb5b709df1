import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const LINEAR = path.join(FIXTURES, 'linear.csv');
const ICS = path.join(FIXTURES, '..', 'calendars', 'google-holidays.ics');

/** The lock as another `cadence` command leaves it while it runs (a live process: the test's parent). */
function holdAsAnotherCommand(dataDir: string): void {
  const holder = { pid: process.ppid, host: os.hostname(), startedAt: '2026-11-04T09:58:00.000Z', app: 'command line' };
  writeFileSync(path.join(dataDir, LOCK_FILE_NAME), JSON.stringify(holder));
}

/**
 * Two cron jobs whose runs overlap: the second is told another command is running (wait, then run again),
 * not that "Cadence is open" and should be closed, which no one at the terminal can do.
 */
describe('a command run while another cadence command holds the data folder', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-two-at-once-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    holdAsAnotherCommand(dataDir);
  });

  it.each([
    ['import backlog', ['import', 'backlog', LINEAR, '--team', 'Platform'], ' (a --dry-run works meanwhile)'],
    [
      'import calendar',
      ['import', 'calendar', ICS, '--team', 'Platform', '--kind', 'holidays'],
      ' (a --dry-run works meanwhile)',
    ],
    ['sync', ['sync', '--team', 'Platform'], ''],
  ])('%s exits 4, saying another command is running, and changes nothing', async (_name, args, dryRun) => {
    const before = folderState(dataDir);
    const { io, out, err } = captured(dataDir);
    expect(await runCli(args, io)).toBe(4);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `Another cadence command is running on this folder (process ${process.ppid} on ${os.hostname()}, started 2026-11-04T09:58:00.000Z): wait for it to finish and run this one again${dryRun}. Nothing was changed.`,
    ]);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('help lists exit 4 for another command running too', async () => {
    const { io, out } = captured(dataDir);
    expect(await runCli(['help'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/^ {2}4 {2}.*another cadence command runs on it/m);
  });
});
