import { existsSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { HandlerContext } from '../api/handler-types';
import type { WorkspaceStore } from '../services/store';
import { holdsCadenceData, resolveDataDir } from '../storage/data-dir';
import { acquireDataDirLock, DataDirLockedError } from '../storage/lock';
import { openWorkspaceStore } from '../storage/workspace-store';
import { stringOption } from './commands';
import { CliError, EXIT } from './exit-codes';
import type { CliIo } from './io';

/** Which data folder a command works on, and how. */
interface DataFolder {
  /** The --data-dir flag, if given (else CADENCE_DATA_DIR, else the app's own folder). */
  dataDir: string | undefined;
  /** The command only reads (a dry run). */
  readOnly?: boolean;
  /** The command has a --dry-run, which works while Cadence is open: the refusal says so. */
  hasDryRun?: boolean;
  /** The command may start a data folder where there is none (sync joining a team on a new machine). */
  mayCreate?: boolean;
}

/**
 * The folder of a command that has a --dry-run (an import): read-only for a dry run, and a refusal
 * because Cadence is open says that a dry run works meanwhile.
 */
export function dryRunFolder(values: Record<string, unknown>, dryRun: boolean): DataFolder {
  return { dataDir: stringOption(values, 'data-dir'), readOnly: dryRun, hasDryRun: true };
}

/**
 * Runs a command against the data folder the way the app does (a folder that is not there, or holds no Cadence
 * data, is an error, not a new empty one, unless the command may start one): its lock first (refusing, with exit 4 and the
 * holder's name, when Cadence is open on it), then the store, closed (everything on disk) before the lock goes.
 *
 * A command that only reads (a dry run) opens the folder read-only instead, with no lock: it runs while
 * Cadence is open on the folder, and a change it would make is refused.
 */
/** Removes everything in a folder but one file (the lock this process holds). */
async function emptyBut(folder: string, kept: string): Promise<void> {
  for (const name of await readdir(folder)) {
    const entry = path.join(folder, name);
    if (entry !== kept) await rm(entry, { recursive: true, force: true });
  }
}

export async function withStore<T>(
  folder: DataFolder,
  io: CliIo,
  run: (ctx: HandlerContext) => Promise<T>,
): Promise<T> {
  const dataDir = resolveDataDir(folder.dataDir, io.env, io.defaultDataDir);
  if (!folder.mayCreate) refuseUnlessDataFolder(dataDir);
  if (folder.readOnly) return runOn(await openWorkspaceStore({ dataDir, now: io.now, readOnly: true }), io, run);
  // A folder this command starts (a join on a new machine) goes again when the command leaves no team in it.
  const startedHere = folder.mayCreate === true && !existsSync(dataDir);
  let lock;
  try {
    lock = await acquireDataDirLock(dataDir, { app: io.app, now: io.now });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const { app, pid, host } = error.holder;
    const meanwhile = folder.hasDryRun ? ' (a --dry-run works while it is open)' : '';
    throw new CliError(
      EXIT.locked,
      `Cadence is open on this folder (${app}, process ${pid} on ${host}): close it and try again${meanwhile}. Nothing was changed.`,
    );
  }
  // A command that writes nothing (refused, or nothing to do) leaves the folder as it was: no backup either.
  const options = { dataDir, now: io.now, backupOnlyBeforeWrite: true };
  const opened = await openWorkspaceStore(options).catch((error: unknown) => {
    lock.release();
    throw error;
  });
  try {
    return await runOn(opened, io, run);
  } finally {
    const unused = startedHere && opened.snapshot().teams.length === 0;
    // Emptied while the lock still holds it; the folder itself goes only if nothing came in after the release.
    if (unused) await emptyBut(dataDir, lock.file);
    lock.release();
    if (unused) await rmdir(dataDir).catch(() => undefined);
  }
}

/**
 * A command that may not start a data folder refuses one that is not there, and one with no Cadence data
 * in it (a parent folder typed by mistake): opening it, even to fail, would leave a new empty data folder there.
 */
function refuseUnlessDataFolder(dataDir: string): void {
  if (holdsCadenceData(dataDir)) return;
  const where = existsSync(dataDir) ? `no Cadence data in ${dataDir}` : `no data folder at ${dataDir}`;
  throw new CliError(
    EXIT.error,
    `There is ${where}: give --data-dir the folder Cadence keeps its data in. Nothing was changed.`,
  );
}

/** Runs the command on an open store, saying what the store noticed at open, and closes it. */
async function runOn<T>(store: WorkspaceStore, io: CliIo, run: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  try {
    for (const notice of store.notices) io.err(`Note: ${notice.message}`);
    return await run({ store, now: io.now, shell: {}, transport: 'cli' });
  } finally {
    await store.close();
  }
}
