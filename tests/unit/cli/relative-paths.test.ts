import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

/**
 * `npm run cadence -- …` typed in `here`: npm runs the script in the package's folder and says where it was
 * typed in INIT_CWD (and which script runs in npm_lifecycle_event), so this is what the command line sees.
 */
function npmRunCadence(here: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: here, npm_lifecycle_event: 'cadence' };
  delete env.CADENCE_DATA_DIR;
  const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/bin.ts', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout.trim().split('\n'), err: run.stderr.trim() };
}

describe('npm run cadence with paths relative to the folder it was typed in', () => {
  let here: string;
  beforeAll(async () => {
    here = tempDir('cadence-cli-here-');
    const b = await inProcessApi({ dataDir: path.join(here, 'data') });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    copyFileSync(path.join(FIXTURES, 'linear.csv'), path.join(here, 'linear.csv'));
  });

  it('reads FILE and --data-dir from that folder, not from the folder npm runs the script in', async () => {
    const run = npmRunCadence(here, ['import', 'backlog', 'linear.csv', '--team', 'Platform', '--data-dir', 'data']);
    expect(run.err).toBe('Read 2 rows of a Linear export.');
    expect(run.out.at(-1)).toBe('added 2, updated 0, skipped 0');
    expect(run.code).toBe(0);
    const store = await openWorkspaceStore({ dataDir: path.join(here, 'data') });
    expect(store.snapshot().teams[0]!.items).toHaveLength(2);
    await store.close();
  }, 30_000);
});
