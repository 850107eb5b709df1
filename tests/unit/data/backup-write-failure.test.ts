import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/api/dispatch';
import type { Envelope } from '../../../src/api/define';
import type { HandlerContext } from '../../../src/api/handler-types';
import { nodeFs, type StorageFs } from '../../../src/storage/file-system';
import { readDataText } from '../../../src/storage/read-layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A file system that refuses every write in the backups folder with `code`, as a full disk or a read-only folder does. */
function refusingBackups(backups: string, code: string): StorageFs {
  const refuse = (file: string) => {
    if (!file.startsWith(backups + path.sep)) return;
    throw Object.assign(new Error(`${code}: refused, open '${file}'`), { code, syscall: 'open', path: file });
  };
  return {
    ...nodeFs,
    writeSynced: async (file, data) => {
      refuse(file);
      await nodeFs.writeSynced(file, data);
    },
  };
}

/** A data folder holding `names`, opened once as the app leaves it (its format upgraded, its first backup taken). */
async function dataFolder(...names: string[]): Promise<string> {
  const dataDir = tempDir();
  writeWorkspace(
    dataDir,
    names.map((name) => team(name)),
  );
  await (await openWorkspaceStore({ dataDir })).close();
  return dataDir;
}

/** The api over a data folder holding one team, whose backups folder refuses writes with `code`. */
async function apiWithBackupsRefusing(code: string) {
  const dataDir = await dataFolder('Platform');
  const backups = path.join(dataDir, 'backups');
  const store = await openWorkspaceStore({ dataDir, fs: refusingBackups(backups, code) });
  const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
  const call = (method: string, input: unknown) => dispatch(ctx, method, input, () => undefined);
  return { call, dataDir, backups, store };
}

const messageOf = (answer: Envelope<unknown>) => (answer.ok ? 'accepted' : answer.error.message);

/**
 * A backup that cannot be written (a full disk, a read-only backups folder) is said as what it is on the Data
 * screen, as a failed save is: which folder, that nothing was changed, and what to do. Not "Something went wrong
 * on our side".
 */
describe('a backup the disk refuses to write', () => {
  it('says a full disk, in the backups folder, when "Back up now" fails', async () => {
    const { call, backups } = await apiWithBackupsRefusing('ENOSPC');
    const message = messageOf(await call('backupNow', {}));
    expect(message).not.toMatch(/something went wrong/i);
    expect(message).toContain('The disk is full');
    expect(message).toContain(backups);
    expect(message).toMatch(/nothing was changed/i);
    expect(message).toMatch(/free some space/i);
  });

  it('says a read-only backups folder, and what to do, when "Back up now" fails', async () => {
    const { call, backups } = await apiWithBackupsRefusing('EACCES');
    const answer = await call('backupNow', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'read_only' } });
    const message = messageOf(answer);
    expect(message).toContain(`The backups folder ${backups} is read-only`);
    expect(message).toMatch(/nothing was changed/i);
    expect(message).toMatch(/make the folder writable/i);
  });

  it('refuses a restore whose safety backup cannot be written in those words, and restores nothing', async () => {
    const dataDir = await dataFolder('Platform');
    // A backup to restore, taken while the folder could still be written, and a team added since.
    const first = await openWorkspaceStore({ dataDir });
    const name = await first.backups.keep(JSON.stringify(first.snapshot()), new Date(), 'manual');
    await first.mutate('workspace', (draft) => {
      draft.teams.push(team('Network'));
    });
    await first.close();
    const backups = path.join(dataDir, 'backups');
    const store = await openWorkspaceStore({ dataDir, fs: refusingBackups(backups, 'ENOSPC') });
    const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
    const before = readDataText(dataDir);

    const answer = await dispatch(ctx, 'restoreBackup', { name }, () => undefined);
    const message = messageOf(answer);
    expect(message).toContain('The disk is full');
    expect(message).toContain(backups);
    expect(message).toMatch(/nothing was changed/i);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Platform', 'Network']);
    expect(readDataText(dataDir)).toBe(before);
  });

  it('names a failure it has no words for with the system’s own, and still says nothing was changed', async () => {
    const { call, backups } = await apiWithBackupsRefusing('EIO');
    const message = messageOf(await call('backupNow', {}));
    expect(message).not.toMatch(/something went wrong/i);
    expect(message).toContain('EIO: refused');
    expect(message).toContain(backups);
    expect(message).toMatch(/nothing was changed/i);
  });
});

/**
 * A backups folder Cadence may not look into (its permissions changed, another user's) is said as a folder it may
 * not read, not as one it may not write in.
 */
describe('a backups folder the system will not let Cadence read', () => {
  it('says so when the list is asked for, naming the folder', async () => {
    const dataDir = await dataFolder('Platform');
    const store = await openWorkspaceStore({ dataDir });
    const backups = store.backups.folder;
    const refused = Object.assign(new Error(`EACCES: permission denied, scandir '${backups}'`), {
      code: 'EACCES',
      syscall: 'scandir',
      path: backups,
    });
    Object.assign(store.backups, { list: () => Promise.reject(refused) });
    const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
    const answer = await dispatch(ctx, 'listBackups', {}, () => undefined);
    const message = messageOf(answer);
    expect(message).toContain(`may not read the backups folder ${backups}`);
    expect(message).not.toMatch(/read-only|may not write/);
  });
});
