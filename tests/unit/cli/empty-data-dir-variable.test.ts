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
 * A script's `CADENCE_DATA_DIR="$DIR" cadence …` with DIR unset hands the command an empty variable: as an empty
 * --data-dir, it must not fall back to the app's own data folder (here `appFolder`, the default) and change the team
 * there.
 */
describe('an empty CADENCE_DATA_DIR', () => {
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
  ])('%s refuses it as a usage mistake and leaves the default folder alone', async (_name, args) => {
    for (const empty of ['', '  ']) {
      const before = folderState(appFolder);
      const { io, out, err } = captured(appFolder);
      io.env = { CADENCE_DATA_DIR: empty };
      expect(await runCli(args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n').split('\n')[0]).toBe(
        'CADENCE_DATA_DIR is empty: give it the data folder, or unset it for the app’s own (a variable in the script may be unset). Nothing was changed.',
      );
      expect(folderState(appFolder)).toEqual(before);
    }
  });

  it('is not looked at when --data-dir names the folder', async () => {
    const { io } = captured(tempDir('cadence-cli-elsewhere-'));
    io.env = { CADENCE_DATA_DIR: '' };
    const args = ['import', 'backlog', JIRA, '--team', 'Platform', '--data-dir', appFolder, '--dry-run'];
    expect(await runCli(args, io)).toBe(0);
  });
});
