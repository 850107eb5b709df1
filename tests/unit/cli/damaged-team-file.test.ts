import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { teamPath, teamsDir } from '../../../src/storage/layout';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

/** A folder with team Platform intact and team Payments' file damaged (no backup holds Payments). */
async function folderWithDamagedTeam(): Promise<string> {
  const dataDir = tempDir('cadence-cli-damaged-team-');
  const b = await inProcessApi({ dataDir });
  await b.api.createTeam({ name: 'Platform' });
  const payments = await b.api.createTeam({ name: 'Payments' });
  await b.store.close();
  writeFileSync(teamPath(dataDir, payments.id), '{"cut short');
  return dataDir;
}

/**
 * Opening a folder to write sets a damaged team file aside and drops its team from the list. A command that is
 * refused goes no further than looking, so it must leave the folder as it found it; one that writes does the
 * recovery the app does, and says so.
 */
describe('a command on a folder holding a damaged team file', () => {
  it('refused (an unknown team): exits 1 and leaves the folder exactly as it was', async () => {
    const dataDir = await folderWithDamagedTeam();
    const before = folderState(dataDir);
    const { io, out, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Ops', '--data-dir', dataDir], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('Ops');
    expect(folderState(dataDir)).toEqual(before);
  });

  it('refused on a folder of an older format: the folder is not upgraded by a command that writes nothing', async () => {
    const dataDir = tempDir('cadence-cli-older-');
    copyFileSync(
      path.join(import.meta.dirname, '../storage/fixtures/v1-single-file.json'),
      path.join(dataDir, 'cadence.json'),
    );
    const before = folderState(dataDir);
    const { io } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Ops', '--data-dir', dataDir], io)).toBe(1);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('going on to write: imports, sets the damaged file aside and says where it was kept', async () => {
    const dataDir = await folderWithDamagedTeam();
    const { io, err } = captured(dataDir);
    expect(await runCli(['import', 'backlog', JIRA, '--team', 'Platform', '--data-dir', dataDir], io)).toBe(0);
    const aside = readdirSync(teamsDir(dataDir)).filter((name) => name.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(err.join('\n')).toContain(`It was kept as ${aside[0]}`);
  });
});
