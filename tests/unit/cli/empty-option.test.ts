import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');
const ICS = path.join(FIXTURES, '..', 'calendars', 'google-holidays.ics');

/**
 * A script's `--data-dir "$DIR"` with DIR unset hands the command an empty value: the command must not fall
 * back to the app's own data folder (here `appFolder`, the default) and change the team there.
 */
describe('an empty --data-dir', () => {
  let appFolder: string;
  beforeEach(async () => {
    appFolder = tempDir('cadence-cli-app-folder-');
    const b = await inProcessApi({ dataDir: appFolder });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  it.each([
    ['import backlog', ['import', 'backlog', JIRA, '--team', 'Platform']],
    ['import calendar', ['import', 'calendar', ICS, '--team', 'Platform', '--kind', 'holidays']],
    ['sync', ['sync', '--team', 'Platform']],
  ])('%s refuses an empty --data-dir as a usage mistake and leaves the default folder alone', async (_name, args) => {
    const before = folderState(appFolder);
    const { io, out, err } = captured(appFolder);
    expect(await runCli([...args, '--data-dir', ''], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n').split('\n')[0]).toBe(
      '--data-dir is empty: give it a value (a variable in the script may be unset). Nothing was changed.',
    );
    expect(folderState(appFolder)).toEqual(before);
  });
});

/** The same script mistake with any other option: `--remote "$REMOTE"` with REMOTE unset is not "no remote". */
describe('an empty value for any option', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-empty-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  it.each([
    ['--remote', ['sync', '--team', 'Platform', '--remote', '']],
    ['--sprint', ['import', 'calendar', ICS, '--team', 'Platform', '--kind', 'leave', '--sprint', ' ']],
  ])('%s given empty is a usage mistake that says so, and changes nothing', async (option, args) => {
    const before = folderState(dataDir);
    const { io, out, err } = captured(dataDir);
    expect(await runCli(args, io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n').split('\n')[0]).toBe(
      `${option} is empty: give it a value (a variable in the script may be unset). Nothing was changed.`,
    );
    expect(folderState(dataDir)).toEqual(before);
  });
});
