import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/** The lock a process on another machine left on a shared folder (its laptop crashed): this machine cannot tell. */
function lockedFrom(dataDir: string, app: string): string {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const holder = { pid: 4242, host: `${os.hostname()}-laptop`, startedAt: '2026-11-04T09:58:00.000Z', app };
  writeFileSync(file, JSON.stringify(holder));
  return file;
}

describe('a data folder locked by a process on another machine', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-locked-elsewhere-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  it.each([['desktop app'], ['command line']])(
    'held by the %s there: exit 4, and the message says which file to delete if that process is gone',
    async (app) => {
      const lock = lockedFrom(dataDir, app);
      const before = folderState(dataDir);
      const { io, err } = captured(dataDir);
      expect(await runCli(['sync', '--team', 'Platform'], io)).toBe(4);
      const said = err.join('\n');
      expect(said).toContain(`${os.hostname()}-laptop`);
      expect(said).toContain(`If that process is gone, delete ${lock}`);
      expect(said).toMatch(/Nothing was changed\.$/);
      expect(folderState(dataDir)).toEqual(before);
      expect(existsSync(lock)).toBe(true);
    },
  );

  it('held by a live process on this machine: no advice to delete its lock', async () => {
    const file = path.join(dataDir, LOCK_FILE_NAME);
    const holder = {
      pid: process.ppid,
      host: os.hostname(),
      startedAt: '2026-11-04T09:58:00.000Z',
      app: 'desktop app',
    };
    writeFileSync(file, JSON.stringify(holder));
    const { io, err } = captured(dataDir);
    expect(await runCli(['sync', '--team', 'Platform'], io)).toBe(4);
    expect(err.join('\n')).not.toContain('delete');
  });
});
