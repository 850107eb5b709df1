import type { HandlerContext } from '../api/handler-types';
import { resolveDataDir } from '../storage/data-dir';
import { acquireDataDirLock, DataDirLockedError } from '../storage/lock';
import { openWorkspaceStore } from '../storage/workspace-store';
import { CliError, EXIT } from './exit-codes';
import type { CliIo } from './io';

/**
 * Runs a command against the data folder the way the app does: its lock first (refusing, with exit 4 and the
 * holder's name, when Cadence is open on it), then the store, closed (everything on disk) before the lock goes.
 */
export async function withStore<T>(
  dataDirFlag: string | undefined,
  io: CliIo,
  run: (ctx: HandlerContext) => Promise<T>,
): Promise<T> {
  const dataDir = resolveDataDir(dataDirFlag, io.env, io.defaultDataDir);
  let lock;
  try {
    lock = await acquireDataDirLock(dataDir, { app: io.app, now: io.now });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const { app, pid, host } = error.holder;
    throw new CliError(
      EXIT.locked,
      `Cadence is open on this folder (${app}, process ${pid} on ${host}): close it and try again. Nothing was changed.`,
    );
  }
  try {
    const store = await openWorkspaceStore({ dataDir, now: io.now });
    try {
      for (const notice of store.notices) io.err(`Note: ${notice.message}`);
      return await run({ store, now: io.now, shell: {}, transport: 'cli' });
    } finally {
      await store.close();
    }
  } finally {
    lock.release();
  }
}
