import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

async function titlesIn(dataDir: string): Promise<string[]> {
  const store = await openWorkspaceStore({ dataDir });
  const titles = store.snapshot().teams.flatMap((t) => t.items.map((i) => i.title));
  await store.close();
  return titles;
}

describe('where options go on the command line', () => {
  let dataDir: string;
  /** The app's own folder (the default): a command that lost its --data-dir would fail or change this one. */
  let appFolder: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-options-');
    appFolder = tempDir('cadence-cli-app-folder-');
    for (const [folder, name] of [
      [dataDir, 'Platform'],
      [appFolder, 'Other'],
    ] as const) {
      const b = await inProcessApi({ dataDir: folder });
      await b.api.createTeam({ name });
      await b.store.close();
    }
  });

  it('runs a command whose options come before it (cadence --data-dir DIR import …) as with them after it', async () => {
    const { io, out, err } = captured(appFolder);
    const code = await runCli(['--data-dir', dataDir, 'import', 'backlog', JIRA, '--team', 'Platform'], io);
    expect(err.join('\n')).not.toContain('Unknown command');
    expect(code).toBe(0);
    expect(out.at(-1)).toBe('added 5, updated 0, skipped 1');
    expect(await titlesIn(dataDir)).toHaveLength(5);
    expect(await titlesIn(appFolder)).toEqual([]);
  });

  it('refuses an unknown option before the command as after it, with that command’s usage', async () => {
    const { io, err } = captured(dataDir);
    expect(await runCli(['--bogus', 'import', 'backlog', JIRA, '--team', 'Platform'], io)).toBe(2);
    expect(err.join('\n').split('\n')).toEqual([
      "Unknown option '--bogus'.",
      expect.stringMatching(/^Usage: cadence import backlog FILE/),
    ]);
  });

  it.each([
    [
      '--team twice',
      ['import', 'backlog', JIRA, '--team', 'Platform', '--team', 'Other'],
      '--team',
      'Platform',
      'Other',
    ],
    [
      '--team before and after the command',
      ['--team', 'Other', 'import', 'backlog', JIRA, '--team', 'Platform'],
      '--team',
      'Other',
      'Platform',
    ],
    ['--data-dir twice', ['sync', '--team', 'Platform', '--data-dir', 'a', '--data-dir=b'], '--data-dir', 'a', 'b'],
  ])(
    'refuses %s as a usage mistake instead of taking the last one, and changes nothing',
    async (_name, args, option, first, second) => {
      const before = [folderState(dataDir), folderState(appFolder)];
      const { io, out, err } = captured(dataDir);
      expect(await runCli([...args, ...(option === '--data-dir' ? [] : ['--data-dir', dataDir])], io)).toBe(2);
      expect(out).toEqual([]);
      expect(err.join('\n').split('\n')[0]).toBe(
        `${option} is given more than once (“${first}”, “${second}”): give it once. Nothing was changed.`,
      );
      expect([folderState(dataDir), folderState(appFolder)]).toEqual(before);
    },
  );
});

describe('files given to a command', () => {
  it.each([
    [
      'two words where one FILE goes (a path with a space, unquoted)',
      ['import', 'backlog', 'My', 'Export.csv', '--team', 'Platform'],
      'cadence import backlog takes one FILE, not 2 (“My”, “Export.csv”): put quotes around a path with spaces in it.',
    ],
    [
      'no FILE',
      ['import', 'calendar', '--team', 'Platform', '--kind', 'holidays'],
      'cadence import calendar needs a FILE.',
    ],
    ['a FILE to sync', ['sync', 'now', '--team', 'Platform'], 'cadence sync takes no FILE, not “now”.'],
  ])('says what is wrong with %s, in words, and exits 2', async (_name, args, message) => {
    const { io, err } = captured(tempDir('cadence-cli-files-'));
    expect(await runCli(args, io)).toBe(2);
    expect(err.join('\n').split('\n')[0]).toBe(message);
  });
});
