import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/api/dispatch';
import type { HandlerContext } from '../../../src/api/handler-types';
import { readDataText } from '../../../src/storage/read-layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A data folder holding one team and one backup of it, its backups' reads failing as the system fails them. */
async function restoreRefusedWith(code: string, message: string) {
  const dataDir = tempDir();
  writeWorkspace(dataDir, [team('Platform')]);
  const store = await openWorkspaceStore({ dataDir });
  const name = await store.backups.keep(JSON.stringify(store.snapshot()), new Date(), 'manual');
  const file = path.join(store.backups.folder, name);
  // Node's error for a refused open: syscall "open", whether the open was to read or to write.
  const refused = Object.assign(new Error(`${code}: ${message}, open '${file}'`), {
    code,
    syscall: 'open',
    path: file,
  });
  Object.assign(store.backups, { read: () => Promise.reject(refused) });
  const before = readDataText(dataDir);
  const ctx: HandlerContext = { store, now: () => new Date(), shell: {}, transport: 'browser' };
  const answer = await dispatch(ctx, 'restoreBackup', { name }, () => undefined);
  return { answer, file, store, dataDir, before };
}

/**
 * A backup Cadence may not open is said as a backup that could not be read, naming its file and what to check;
 * never as a read-only backups folder (Node says "open" for a refused read as for a refused write).
 */
describe('restoring a backup that cannot be read', () => {
  it('says the backup could not be read, with its path and what to check, and changes nothing', async () => {
    const { answer, file, store, dataDir, before } = await restoreRefusedWith('EACCES', 'permission denied');

    expect(answer.ok).toBe(false);
    const message = answer.ok ? '' : answer.error.message;
    expect(message).toContain(`The backup ${file} could not be read`);
    expect(message).toMatch(/permissions/);
    expect(message).toMatch(/nothing was changed/i);
    expect(message).not.toMatch(/read-only|may not write|something went wrong/i);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Platform']);
    expect(readDataText(dataDir)).toBe(before);
  });

  it('names a failure it has no words for with the system’s own, and the disk to check', async () => {
    const { answer, file, store } = await restoreRefusedWith('EIO', 'i/o error');

    const message = answer.ok ? '' : answer.error.message;
    expect(message).toContain(`The backup ${file} could not be read (EIO: i/o error`);
    expect(message).toContain(`check the disk that holds ${store.backups.folder}`);
    expect(message).toMatch(/nothing was changed/i);
    expect(message).not.toMatch(/write the backup|something went wrong/i);
  });
});
