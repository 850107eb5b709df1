import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

/**
 * `cadence import … | grep -q skipped` or `| head -1`: the reader goes away before the command has printed
 * everything. The command still finishes its work and lets go of the data folder, with its own exit code.
 */
function runWithOutputClosed(args: string[]): Promise<{ code: number | null; err: string }> {
  const env = { ...process.env };
  delete env.CADENCE_DATA_DIR;
  const child = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/bin.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, err })));
}

describe('a command line whose output is closed early', () => {
  it('finishes the import, releases the data folder and exits with its code, without a stack trace', async () => {
    const dataDir = tempDir('cadence-cli-closed-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();

    const run = await runWithOutputClosed(['import', 'backlog', JIRA, '--team', 'Platform', '--data-dir', dataDir]);
    expect(run.err).not.toContain('EPIPE');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const store = await openWorkspaceStore({ dataDir, readOnly: true });
    expect(store.snapshot().teams[0]!.items).toHaveLength(5);
    await store.close();
  }, 30_000);
});
