import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, tempDir, type InProcessApi } from '../../helpers/in-process-api';
import { FIXTURES, readFixture } from './read-fixture';

/**
 * Rows with no key (a GitHub project's draft issues) cannot be told from the items an earlier import made of
 * them, so every import adds them again, by design. The preview must say so before it happens.
 */
describe('rows without a key', () => {
  let b: InProcessApi;
  let teamId: string;
  beforeEach(async () => {
    b = await inProcessApi();
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });
  const github = () => readFixture('github-project-view.tsv').rows;

  it('the dry run warns that they will be added again on every import', async () => {
    const result = await b.api.importBacklog({ teamId, product: 'github', rows: github(), dryRun: true });
    expect(result.warnings).toEqual([
      '1 row has no key (a draft issue of a GitHub project has none), so Cadence cannot tell it from an item it imported before: importing this file again will add it again.',
    ]);
  });

  it('says when an item of the backlog has the same title already, as after an earlier import', async () => {
    await b.api.importBacklog({ teamId, product: 'github', rows: github() });
    // An item with a key of the same title is another issue, and says nothing about the keyless row.
    await b.api.createItem({ teamId, item: itemFields('Make the deploy job idempotent') });
    const again = await b.api.importBacklog({ teamId, product: 'github', rows: github(), dryRun: true });
    expect(again.warnings).toEqual([expect.stringMatching(/^1 row has no key .*will add it again\. /)]);
    expect(again.warnings[0]).toContain(
      'It has the same title as an item already in the backlog without a key (“Draft: capacity plan for 2026”), perhaps from an earlier import: importing adds a second one.',
    );
  });

  it('warns nothing when every row has a key', async () => {
    const rows = readFixture('jira-cloud-all-fields.csv', { site: 'https://acme.atlassian.net' }).rows;
    const result = await b.api.importBacklog({ teamId, product: 'jira', rows, dryRun: true });
    expect(result.warnings).toEqual([]);
  });

  it('the command line prints the warning', async () => {
    const dataDir = tempDir('cadence-cli-');
    const c = await inProcessApi({ dataDir });
    await c.api.createTeam({ name: 'Platform' });
    await c.store.close();
    const { io, out } = captured(dataDir);
    const file = path.join(FIXTURES, 'github-project-view.tsv');
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform', '--dry-run'], io)).toBe(0);
    expect(out).toContainEqual(expect.stringMatching(/^warning: 1 row has no key/));
  });
});
