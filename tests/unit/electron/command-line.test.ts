import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { holdAsDesktopApp } from '../../helpers/app-lock';
import { FIXTURES } from '../imports/read-fixture';
import { buildShell, runMainCommand, type BuiltShell } from './stand-in/run-main';

/** The packaged app started with a command (`cadence import backlog …`) runs it with no window and exits. */
let built: BuiltShell;
beforeAll(async () => {
  built = await buildShell();
}, 120_000);
beforeEach(() => {
  // Unset, not empty: a command refuses an empty CADENCE_DATA_DIR (a script's unset variable), as an empty --data-dir.
  vi.stubEnv('CADENCE_DATA_DIR', undefined);
});

async function dataDirWithTeam(): Promise<string> {
  const dataDir = tempDir('cadence-userdata-');
  const b = await inProcessApi({ dataDir });
  await b.api.createTeam({ name: 'Platform' });
  await b.store.close();
  return dataDir;
}

const args = ['import', 'backlog', path.join(FIXTURES, 'linear.csv'), '--team', 'Platform'];

describe('cadence import from the packaged app', () => {
  it('imports into the userData folder with no window and before the single-instance lock, then exits 0', async () => {
    const dataDir = await dataDirWithTeam();
    const run = await runMainCommand(built, args, dataDir);
    expect(run.code).toBe(0);
    expect(run.out).toContain('added 2, updated 0, skipped 0');
    expect(run.electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(run.drive.record.singleInstanceLockRequests).toBe(0);
    const store = await openWorkspaceStore({ dataDir });
    expect(store.snapshot().teams[0]?.items.map((i) => i.source?.key)).toEqual(['INF-31', 'INF-32']);
    await store.close();
  });

  it('runs a command whose options come before it (cadence --data-dir DIR import …), after Chromium switches too', async () => {
    const dataDir = await dataDirWithTeam();
    const run = await runMainCommand(built, ['--no-sandbox', '--data-dir', dataDir, '--dry-run', ...args]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('added 2, updated 0, skipped 0 (dry run: nothing was written)');
    expect(run.electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(run.drive.record.singleInstanceLockRequests).toBe(0);
  });

  it('prints the usage for --help, even after Chromium switches, with no window, and exits 0', async () => {
    const run = await runMainCommand(built, ['--no-sandbox', '--help']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('cadence import backlog FILE');
    expect(run.electron.BrowserWindow.getAllWindows()).toEqual([]);
    expect(run.drive.record.singleInstanceLockRequests).toBe(0);
  });

  it('says "Cadence is open on this folder" and exits 4 while the app holds the folder', async () => {
    const dataDir = await dataDirWithTeam();
    holdAsDesktopApp(dataDir);
    const run = await runMainCommand(built, args, dataDir);
    expect(run.code).toBe(4);
    expect(run.err).toContain('Cadence is open on this folder (desktop app');
  });
});
