import { existsSync, readdirSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { HandlerContext } from '../api/handler-types';
import type { StoreNotice, WorkspaceStore } from '../services/store';
import { holdsCadenceData, resolveDataDir } from '../storage/data-dir';
import { acquireDataDirLock, DataDirLockedError, ifGoneAdvice, LOCK_FILE_NAME, type LockOwner } from '../storage/lock';
import { openWorkspaceStore } from '../storage/workspace-store';
import { stringOption } from './commands';
import { accessRefusal, type Access } from './data-folder-access';
import { CliError, EXIT } from './exit-codes';
import type { CliIo } from './io';
import { openOnWrite } from './open-on-write';

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
 * holder's name, when Cadence is open on it), then the store, closed (everything on disk) before the lock goes. The
 * store reads the folder as it is until the command's first write (open-on-write.ts), so a refused command changes
 * nothing in it, not even a damaged file set aside.
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
  const made = foldersMissingAt(dataDir);
  const missing = made.length > 0;
  // A folder this command starts (a join on a new machine, into a new or an empty folder) is emptied again when
  // the command leaves no team in it, and goes if the command made it (with the folders above it it made).
  const startedHere = folder.mayCreate === true && (missing || isEmptyFolder(dataDir));
  const access = { dataDir, hasDryRun: folder.hasDryRun === true };
  if (!startedHere) refuseUnlessDataFolder(dataDir, folder.mayCreate === true, access);
  const lookAt = () =>
    openWorkspaceStore({ dataDir, now: io.now, readOnly: true }).catch(refusedAccess({ ...access, doing: 'read' }));
  if (folder.readOnly) return runOn(await lookAt(), io, run);
  let lock;
  try {
    lock = await acquireDataDirLock(dataDir, { app: io.app, now: io.now });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) return refusedAccess({ ...access, doing: 'write' })(error);
    const held = heldBy(error.holder, io.app, folder.hasDryRun === true);
    throw new CliError(EXIT.locked, `${held}${ifGone(error.holder, error.file)} Nothing was changed.`);
  }
  // A command that writes nothing (refused, or nothing to do) leaves the folder as it was: no backup either, and
  // no recovery written (a damaged file set aside, a format upgraded) until the command goes on to write.
  const options = { dataDir, now: io.now, backupOnlyBeforeWrite: true };
  const opened = await openOnWrite(
    lookAt,
    () => openWorkspaceStore(options),
    (notices) => sayNotices(notices, io),
  ).catch((error: unknown) => {
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
    if (unused && missing) await removeEmptyFolders(made);
  }
}

/**
 * The folders a data folder path names that are not there yet, deepest first (`a/b/c` with only `a`: `a/b/c`, then
 * `a/b`): what a command that starts the folder makes, and so what it may take away again.
 */
function foldersMissingAt(dataDir: string): string[] {
  const missing: string[] = [];
  for (let dir = dataDir; !existsSync(dir) && path.dirname(dir) !== dir; dir = path.dirname(dir)) missing.push(dir);
  return missing;
}

/**
 * Removes folders deepest first, stopping at the first one that is not empty (something came in after the lock
 * went, or someone else made a file there meanwhile): only folders left empty go.
 */
async function removeEmptyFolders(deepestFirst: readonly string[]): Promise<void> {
  for (const dir of deepestFirst) {
    const removed = await rmdir(dir).then(
      () => true,
      () => false,
    );
    if (!removed) return;
  }
}

/**
 * A failure to open the data folder, rethrown in words when the system refused access to a file in it. A refusal
 * while the folder is read, or its lock (the first file a command writes) taken, changed nothing.
 */
function refusedAccess(access: Access) {
  return (error: unknown): never => {
    const refusal = accessRefusal(error, access);
    throw refusal === null ? error : new CliError(EXIT.error, refusal);
  };
}

/**
 * Why the folder's lock cannot be taken: Cadence is open on it (close it), or another command runs on it (two cron
 * jobs that overlap: wait for it; there is nothing to close). `ownKind`: how this command names itself in the lock.
 */
function heldBy({ app, pid, host, startedAt }: LockOwner, ownKind: string, hasDryRun: boolean): string {
  if (app === ownKind) {
    const meanwhile = hasDryRun ? ' (a --dry-run works meanwhile)' : '';
    return `Another cadence command is running on this folder (process ${pid} on ${host}, started ${startedAt}): wait for it to finish and run this one again${meanwhile}.`;
  }
  const meanwhile = hasDryRun ? ' (a --dry-run works while it is open)' : '';
  return `Cadence is open on this folder (${app}, process ${pid} on ${host}): close it and try again${meanwhile}.`;
}

/**
 * The storage layer's advice for a lock whose process may be gone, for a holder on another machine (a shared
 * folder, a laptop that crashed): this machine cannot tell whether it runs, so the lock stays until someone deletes
 * it. A holder on this machine is alive (a dead one's lock is taken over), and its lock is not to be deleted.
 */
function ifGone(holder: LockOwner, lockFile: string): string {
  return holder.host === os.hostname() ? '' : ` ${ifGoneAdvice(lockFile)}`;
}

/**
 * True for a folder with nothing in it but the lock a join stopped before its first write left (Ctrl+C): not for
 * a file, nor a folder that cannot be read.
 */
function isEmptyFolder(dir: string): boolean {
  try {
    return readdirSync(dir).every((name) => name === LOCK_FILE_NAME || name.startsWith(`.${LOCK_FILE_NAME}.`));
  } catch {
    return false;
  }
}

/**
 * A command refuses a folder with no Cadence data in it (a parent folder typed by mistake), and one that is not
 * there unless it may start one: opening it, even to fail, would leave a new empty data folder there. One that
 * may start a folder (a join) does so only where there is none or it is empty, never among someone's own files.
 */
function refuseUnlessDataFolder(dataDir: string, mayCreate: boolean, access: Omit<Access, 'doing'>): void {
  let holds: boolean;
  try {
    holds = holdsCadenceData(dataDir);
  } catch (error) {
    // A folder the system will not let this user look into is a permission problem, said as one.
    return refusedAccess({ ...access, doing: 'read' })(error);
  }
  if (holds) return;
  const where = existsSync(dataDir) ? `no Cadence data in ${dataDir}` : `no data folder at ${dataDir}`;
  const instead = mayCreate
    ? ', and other files are: give --data-dir the folder Cadence keeps its data in, or a new or empty folder to join the team in'
    : ': give --data-dir the folder Cadence keeps its data in';
  throw new CliError(EXIT.error, `There is ${where}${instead}. Nothing was changed.`);
}

/** What the store noticed as it opened the folder (a damaged file, an upgrade), one note a line. */
function sayNotices(notices: readonly StoreNotice[], io: CliIo): void {
  for (const notice of notices) io.err(`Note: ${notice.message}`);
}

/** Runs the command on an open store, saying what the store noticed at open, and closes it. */
async function runOn<T>(store: WorkspaceStore, io: CliIo, run: (ctx: HandlerContext) => Promise<T>): Promise<T> {
  try {
    sayNotices(store.notices, io);
    return await run({ store, now: io.now, shell: {}, transport: 'cli' });
  } finally {
    await store.close();
  }
}
