import { createHash, randomInt } from 'node:crypto';
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

/** What to do with a lock whose process may be gone: the advice every refusal of a held lock ends with. */
export function ifGoneAdvice(file: string): string {
  return `(If that process is gone, delete ${file}.)`;
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
        ifGoneAdvice(file),
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
 * written: for that moment it is empty, which readers wait out (settledLock) rather than take as stale.
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  // Unique even for two takers in one process in one millisecond (in the form removeTempFilesOf knows).
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomInt(2 ** 47)}.tmp`);
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
 * A lock file as read at one moment: its text, and what tells this file from one created after it under the
 * same name (a new file gets a new modification time, and mostly a new inode).
 */
interface LockSnapshot {
  text: string;
  ino: number;
  mtimeMs: number;
  size: number;
}

/** The lock file as it is now, or 'gone' when there is none. */
async function readSnapshot(file: string): Promise<LockSnapshot | 'gone'> {
  try {
    const stat = await fs.stat(file);
    const text = await fs.readFile(file, 'utf8');
    return { text, ino: stat.ino, mtimeMs: stat.mtimeMs, size: stat.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'gone';
    // Never taken over: a folder there is no lock Cadence left, and may hold someone's files.
    if (code === 'EISDIR') throw new WrongKindError(file, 'file');
    throw error;
  }
}

const sameFile = (a: LockSnapshot, b: LockSnapshot): boolean =>
  a.text === b.text && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.size === b.size;

/**
 * An unreadable lock file last changed this long ago is what a killed writer left, at once: writing one takes
 * milliseconds. Far above the grace, because the time is the file system's: FAT keeps it in 2-second steps and
 * a network share's server clock may run behind, so a lock created a moment ago can look seconds old.
 */
const LEFT_BEHIND_AGE_MS = 60_000;

/**
 * The lock file once it reads as a lock (owner set), or with owner null when it stays unreadable for the grace,
 * counted on this process's clock from when it first saw the file (or at once, when the file last changed a
 * minute ago or more: LEFT_BEHIND_AGE_MS).
 */
async function settledLock(file: string): Promise<{ owner: LockOwner | null; seen: LockSnapshot } | 'gone'> {
  const since = Date.now();
  for (;;) {
    const seen = await readSnapshot(file);
    if (seen === 'gone') return 'gone';
    const owner = parseOwner(seen.text);
    if (owner !== null) return { owner, seen };
    const now = Date.now();
    if (now - seen.mtimeMs >= LEFT_BEHIND_AGE_MS || now - since >= UNREADABLE_LOCK_GRACE_MS)
      return { owner: null, seen };
    await sleep(25);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/*
 * Taking over a stale lock. Removing the stale file and creating one's own are two steps, so two processes
 * that judged the same lock stale at the same moment could each remove "it": the second removal would then
 * delete the lock the first had just created, and both would write the folder. So only one process may remove
 * a given stale lock: the one that creates, exclusively, a claim file named after that very file
 * (`cadence.lock.<fingerprint>.takeover-0`). It reads the lock once more, removes it only if it is still the
 * file it judged stale (same text, time and inode), and then removes its claim. The others find the claim
 * and wait for it to go, and then look at the lock again: most often they find the new holder's and are
 * refused. A process that comes late, after the claim is gone, claims a file that is no longer there and
 * looks again too.
 *
 * A claimant killed midway leaves its claim behind. A claim still there after TAKEOVER_ABANDONED_MS of waiting
 * (a takeover takes milliseconds), or last changed a minute ago or more, is abandoned: the next claim file (`…takeover-1`) is taken instead, never the old one
 * removed, since removing a claim would race just as removing the lock does. The holder then clears the
 * abandoned claims of its takeover; an abandoned claim of a lock already gone is cleared at the next start.
 */

/** How old a takeover claim must be to be taken for one whose process was killed midway. */
export const TAKEOVER_ABANDONED_MS = 10_000;
/** Claims of one stale lock tried before giving up (each abandoned one means a process killed midway). */
const MAX_CLAIMS = 5;
const CLAIM_NAME = /^cadence\.lock\.[0-9a-f]+\.takeover-\d+$/;

function claimFile(file: string, seen: LockSnapshot, n: number): string {
  const fingerprint = createHash('sha256')
    .update(`${seen.ino}:${seen.mtimeMs}:${seen.size}:${seen.text}`)
    .digest('hex')
    .slice(0, 16);
  return `${file}.${fingerprint}.takeover-${n}`;
}

/** Creates the claim; false when it is there already. Only its existence and its age count, not its text. */
async function createClaim(claim: string, text: string): Promise<boolean> {
  try {
    await fs.writeFile(claim, text, { flag: 'wx', mode: OWNER_FILE_MODE });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Removes the stale lock `seen` if this process is the one to take it over (see above). Either way the caller
 * then looks at the lock again: gone, so it may create its own, or another process's (refused, or stale).
 */
async function removeStaleLock(file: string, seen: LockSnapshot, text: string): Promise<void> {
  for (let n = 0; n < MAX_CLAIMS; n++) {
    const claim = claimFile(file, seen, n);
    if (await createClaim(claim, text)) {
      try {
        const now = await readSnapshot(file);
        if (now === 'gone' || !sameFile(now, seen)) return;
        await fs.rm(file, { force: true });
        // Claims of this lock that earlier takers abandoned: nobody will use them now it is gone.
        for (let earlier = 0; earlier < n; earlier++) await fs.rm(claimFile(file, seen, earlier), { force: true });
        return;
      } finally {
        await fs.rm(claim, { force: true });
      }
    }
    // Another process is taking this lock over: wait until it is done, unless its claim is abandoned.
    const since = Date.now();
    for (;;) {
      const changed = await fs
        .stat(claim)
        .then((stat) => stat.mtimeMs)
        .catch(() => null);
      if (changed === null) return;
      const now = Date.now();
      // Its age on the file system's clock counts only when far beyond doubt (see LEFT_BEHIND_AGE_MS).
      if (now - changed >= LEFT_BEHIND_AGE_MS || now - since >= TAKEOVER_ABANDONED_MS) break;
      await sleep(25);
    }
  }
  throw new Error(
    `Cadence could not take over the lock ${file} that a closed Cadence left: ${MAX_CLAIMS} earlier attempts were ` +
      `cut short. Make sure no Cadence is running, then delete ${file} and the files beside it named ` +
      `${LOCK_FILE_NAME}.….takeover-…, and start again.`,
  );
}

/** Claims that killed takers left (older than TAKEOVER_ABANDONED_MS), cleared by a process that holds the lock. */
async function removeAbandonedClaims(dataDir: string): Promise<void> {
  const names = await fs.readdir(dataDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => CLAIM_NAME.test(n))) {
    const claim = path.join(dataDir, name);
    const changed = await fs
      .stat(claim)
      .then((stat) => stat.mtimeMs)
      .catch(() => null);
    if (changed !== null && Date.now() - changed >= TAKEOVER_ABANDONED_MS) await fs.rm(claim, { force: true });
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
      await removeAbandonedClaims(dataDir);
      return makeLock(file, owner, tookOverFrom);
    }
    const current = await settledLock(file);
    if (current === 'gone') continue;
    if (!isStale(current.owner, hostName)) throw new DataDirLockedError(file, current.owner as LockOwner);
    tookOverFrom = current.owner ?? { pid: 0, host: hostName, startedAt: 'unknown', app: 'unreadable lock' };
    // Whether removed by us or taken over by another process, the next round sees what the lock is now.
    await removeStaleLock(file, current.seen, text);
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
