import { promises as fs, readFileSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BACKUP_DIR_NAME } from './data-dir';
import { expectFolder, WrongKindError } from './file-system';
import { TEAMS_DIR_NAME } from './layout';
import { OWNER_DIR_MODE, OWNER_FILE_MODE } from './owner-only';

export const LOCK_FILE_NAME = 'cadence.lock';

/** What the lock file holds: enough to name the process that writes the data dir. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
  /** What kind of process holds it: "browser-mode server", "desktop app", a test. */
  app: string;
}

export interface DataDirLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** The dead process whose stale lock was taken over, if any. */
  readonly tookOverFrom: LockOwner | null;
  /** Removes the lock file if it is still ours; safe to call twice, and from an 'exit' handler. */
  release(): void;
}

/** Another live process writes this data dir; the message names it. */
export class DataDirLockedError extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockOwner,
  ) {
    super(
      `Another Cadence (${holder.app}, process ${holder.pid} on ${holder.host}, started ${holder.startedAt}) ` +
        `is already using this data folder. Close it first, or start with a different --data-dir. ` +
        `(If that process is gone, delete ${file}.)`,
    );
    this.name = 'DataDirLockedError';
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const raw = JSON.parse(text) as Partial<LockOwner>;
    if (typeof raw.pid !== 'number' || !Number.isInteger(raw.pid) || raw.pid <= 0) return null;
    if (typeof raw.host !== 'string' || typeof raw.startedAt !== 'string') return null;
    return { pid: raw.pid, host: raw.host, startedAt: raw.startedAt, app: String(raw.app ?? 'Cadence') };
  } catch {
    return null;
  }
}

/** True unless the pid certainly does not exist (ESRCH); EPERM means alive but someone else's. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** A lock from this machine whose process is gone (or which is unreadable) may be taken over. */
function isStale(owner: LockOwner | null, hostName: string): boolean {
  if (!owner) return true;
  if (owner.host !== hostName) return false;
  if (owner.pid === process.pid) return true;
  return !isProcessAlive(owner.pid);
}

/**
 * Creates the lock file only if there is none. With hard links (the primary way) the whole content appears at
 * once: a temp file is written and then linked into place, which fails when the lock exists. Without them
 * (FAT, exFAT, some network shares) the file is created exclusively (O_EXCL, atomic on its own) and then
 * written: for that moment it is empty, which readers wait out (settledOwner) rather than take as stale.
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  await fs.writeFile(tmp, text, { mode: OWNER_FILE_MODE });
  try {
    await fs.link(tmp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    return createAndWrite(file, text);
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

/** The fallback without hard links: an exclusive create, then the content, flushed; false when a lock is there. */
async function createAndWrite(file: string, text: string): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'wx', OWNER_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (error) {
    // An empty or half-written lock of ours would hold the folder until the grace ran out: take it away.
    await handle.close().catch(() => undefined);
    await fs.rm(file, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

/**
 * How long a lock file that does not read as a lock may still be one another process is writing (created,
 * its content not there yet). Past that, and for a file older than that, it is what a killed writer left.
 */
export const UNREADABLE_LOCK_GRACE_MS = 2000;

/**
 * The lock's owner once the file reads as a lock, or null when it stays unreadable past the grace (measured
 * from the file's last change, and at most the grace from now, whatever the clocks say).
 */
async function settledOwner(file: string): Promise<LockOwner | null | 'gone'> {
  const since = Date.now();
  for (;;) {
    const owner = await readOwner(file);
    if (owner !== null) return owner;
    const changed = await fs
      .stat(file)
      .then((stat) => stat.mtimeMs)
      .catch(() => null);
    if (changed === null) return 'gone';
    const now = Date.now();
    if (now - changed >= UNREADABLE_LOCK_GRACE_MS || now - since >= UNREADABLE_LOCK_GRACE_MS) return null;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function readOwner(file: string): Promise<LockOwner | null | 'gone'> {
  try {
    return parseOwner(await fs.readFile(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'gone';
    // Never taken over: a folder there is no lock Cadence left, and may hold someone's files.
    if (code === 'EISDIR') throw new WrongKindError(file, 'file');
    throw error;
  }
}

/** Temp files a killed writer left behind, in every folder it writes (atomic-write names them with its pid). */
async function removeTempFilesOf(dataDir: string, pid: number): Promise<void> {
  const pattern = new RegExp(`^\\..+\\.${pid}\\.\\d+\\.tmp$`);
  for (const dir of [dataDir, path.join(dataDir, BACKUP_DIR_NAME), path.join(dataDir, TEAMS_DIR_NAME)]) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (pattern.test(name)) await fs.rm(path.join(dir, name), { force: true });
  }
}

export interface LockOptions {
  app: string;
  hostName?: string;
  now?: () => Date;
}

/**
 * One writer per data dir: takes `<dataDir>/cadence.lock`, or throws DataDirLockedError naming the live
 * process that holds it. A lock left by a dead process on this machine is taken over.
 */
export async function acquireDataDirLock(dataDir: string, options: LockOptions): Promise<DataDirLock> {
  await fs.mkdir(dataDir, { recursive: true, mode: OWNER_DIR_MODE }).catch(async (error: unknown) => {
    await expectFolder(dataDir);
    throw error;
  });
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const hostName = options.hostName ?? os.hostname();
  const owner: LockOwner = {
    pid: process.pid,
    host: hostName,
    startedAt: (options.now ?? (() => new Date()))().toISOString(),
    app: options.app,
  };
  const text = JSON.stringify(owner);
  let tookOverFrom: LockOwner | null = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createExclusive(file, text)) {
      if (tookOverFrom && tookOverFrom.pid !== process.pid) await removeTempFilesOf(dataDir, tookOverFrom.pid);
      return makeLock(file, owner, tookOverFrom);
    }
    const current = await settledOwner(file);
    if (current === 'gone') continue;
    if (!isStale(current, hostName)) throw new DataDirLockedError(file, current as LockOwner);
    tookOverFrom = current ?? { pid: 0, host: hostName, startedAt: 'unknown', app: 'unreadable lock' };
    // Remove the stale lock only if it is still the one we judged stale.
    const again = await fs.readFile(file, 'utf8').catch(() => null);
    if (again !== null && parseOwner(again)?.startedAt === current?.startedAt) await fs.rm(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}; another process keeps changing it.`);
}

function makeLock(file: string, owner: LockOwner, tookOverFrom: LockOwner | null): DataDirLock {
  let released = false;
  return {
    file,
    owner,
    tookOverFrom,
    release() {
      if (released) return;
      released = true;
      try {
        const current = parseOwner(readFileSync(file, 'utf8'));
        if (current && current.pid === owner.pid && current.startedAt === owner.startedAt)
          rmSync(file, { force: true });
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
