import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

/** A GitHub project's view: two issues with a key, and one draft issue without ("Draft: capacity plan for 2026"). */
const GITHUB = path.join(FIXTURES, 'github-project-view.tsv');
const DRAFT = 'Draft: capacity plan for 2026';

/**
 * A script that runs `cadence import backlog` of the same export every night must not add the rows without a key
 * (a GitHub project's draft issues) again each time: a row without a key whose title an item without one has is
 * skipped, saying why and how to add it anyway (`--add-again`). The first import adds it, as before.
 */
describe('cadence import backlog: rows without a key, imported again', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-keyless-');
    const c = await inProcessApi({ dataDir });
    await c.api.createTeam({ name: 'Platform' });
    await c.store.close();
  });

  const run = async (...extra: string[]) => {
    const { io, out, err } = captured(dataDir);
    const code = await runCli(['import', 'backlog', GITHUB, '--team', 'Platform', '--data-dir', dataDir, ...extra], io);
    return { code, out, err };
  };
  const titles = async () => {
    const store = await openWorkspaceStore({ dataDir, readOnly: true });
    return store.snapshot().teams[0]!.items.map((i) => i.title);
  };

  it('adds the row without a key once, and skips it on the next run, saying why, with the run done', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toContainEqual(expect.stringMatching(/^warning: 1 row has no key/));
    expect(first.out.at(-1)).toMatch(/^added 3, updated 0, skipped 0/);

    const second = await run();
    expect(second.code).toBe(0);
    expect(second.out).toContainEqual(expect.stringMatching(/^row 4: skipped, no key.*same title.*--add-again/));
    expect(second.out.at(-1)).toMatch(/^added 0, updated 0, skipped 1, unchanged 2/);
    expect((await titles()).filter((t) => t === DRAFT)).toHaveLength(1);
  });

  it('says the same in a dry run of the second import, and writes nothing', async () => {
    await run();
    const dry = await run('--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContainEqual(expect.stringMatching(/^row 4: skipped, .*--add-again/));
    expect((await titles()).filter((t) => t === DRAFT)).toHaveLength(1);
  });

  it('adds it again with --add-again, warning that it is a second one', async () => {
    await run();
    const again = await run('--add-again');
    expect(again.code).toBe(0);
    expect(again.out).toContainEqual(expect.stringMatching(/^warning: .*importing adds a second one/));
    expect(again.out.at(-1)).toMatch(/^added 1, updated 0, skipped 0, unchanged 2/);
    expect((await titles()).filter((t) => t === DRAFT)).toHaveLength(2);
  });
});

describe('cadence import backlog: a file with no key column, run twice', () => {
  it('adds its rows once; the second run skips them all and is done (exit 0), not "nothing imported"', async () => {
    const dataDir = tempDir('cadence-cli-keyless-all-');
    const c = await inProcessApi({ dataDir });
    await c.api.createTeam({ name: 'Platform' });
    await c.store.close();
    const file = path.join(tempDir('cadence-cli-keyless-file-'), 'todo.csv');
    writeFileSync(file, 'Title\nRotate the TLS certificates\nPatch the bastion hosts\n');
    const run = async () => {
      const { io, out, err } = captured(dataDir);
      const code = await runCli(['import', 'backlog', file, '--team', 'Platform', '--data-dir', dataDir], io);
      return { code, out, err };
    };
    expect((await run()).code).toBe(0);
    const second = await run();
    expect(second.code).toBe(0);
    expect(second.out.at(-1)).toMatch(/^added 0, updated 0, skipped 2/);
    const store = await openWorkspaceStore({ dataDir, readOnly: true });
    expect(
      store
        .snapshot()
        .teams[0]!.items.map((i) => i.title)
        .sort(),
    ).toEqual(['Patch the bastion hosts', 'Rotate the TLS certificates']);
  });
});
