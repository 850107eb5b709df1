import { promises as fsp, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../../src/storage/lock';
import { tempDir } from '../../helpers/in-process-api';

const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ROUNDS = 40;

/**
 * A busy disk: every read, stat and removal of the lock file takes a random few milliseconds, so two processes
 * taking over the same stale lock interleave their steps differently in every round.
 */
function jitteryLockFile(): void {
  const isLock = (file: unknown) => path.basename(String(file)) === LOCK_FILE_NAME;
  const jitter = () => sleep(Math.random() * 6);
  const realRm = fsp.rm.bind(fsp);
  const realReadFile = fsp.readFile.bind(fsp);
  const realStat = fsp.stat.bind(fsp);
  vi.spyOn(fsp, 'rm').mockImplementation(async (...args: Parameters<typeof fsp.rm>) => {
    if (isLock(args[0])) await jitter();
    return realRm(...args);
  });
  vi.spyOn(fsp, 'readFile').mockImplementation((async (...args: Parameters<typeof fsp.readFile>) => {
    if (isLock(args[0])) await jitter();
    return realReadFile(...args);
  }) as typeof fsp.readFile);
  vi.spyOn(fsp, 'stat').mockImplementation((async (...args: Parameters<typeof fsp.stat>) => {
    if (isLock(args[0])) await jitter();
    return realStat(...args);
  }) as typeof fsp.stat);
}

/** A file system without hard links (FAT, exFAT, some network shares): link fails as it does there. */
function withoutHardLinks(): void {
  vi.spyOn(fsp, 'link').mockImplementation(() =>
    Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })),
  );
}

/** A lock a killed writer left half written, a minute ago: stale for every process, at once. */
function staleUnreadableLock(dir: string): void {
  writeFileSync(lockFile(dir), '{"pid": 12');
  const aMinuteAgo = new Date(Date.now() - 60_000);
  utimesSync(lockFile(dir), aMinuteAgo, aMinuteAgo);
}

/**
 * Two processes (on two machines sharing the folder, so neither may take the other's fresh lock as stale)
 * find the same stale lock at the same moment. Exactly one may end up holding the folder.
 */
async function raceOnStaleLock(round: number): Promise<void> {
  const dir = tempDir();
  staleUnreadableLock(dir);
  const outcomes = await Promise.allSettled([
    acquireDataDirLock(dir, { app: 'a', hostName: 'host-a' }),
    acquireDataDirLock(dir, { app: 'b', hostName: 'host-b' }),
  ]);
  const holders = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
  expect(
    holders.map((h) => h.owner.app),
    `round ${round}: who holds the lock`,
  ).toHaveLength(1);
  const refused = outcomes.find((o) => o.status === 'rejected');
  expect(refused?.reason, `round ${round}`).toBeInstanceOf(DataDirLockedError);
  const held = JSON.parse(readFileSync(lockFile(dir), 'utf8')) as { app: string };
  expect(held.app, `round ${round}: the lock file names the holder`).toBe(holders[0]!.owner.app);
  // Nothing of the takeover is left in the folder but the lock.
  expect(readdirSync(dir), `round ${round}`).toEqual([LOCK_FILE_NAME]);
  holders[0]!.release();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('two processes taking over the same stale lock', () => {
  it('leaves it to exactly one of them (hard links)', async () => {
    jitteryLockFile();
    for (let round = 0; round < ROUNDS; round++) await raceOnStaleLock(round);
  });

  it('leaves it to exactly one of them (no hard links: exclusive create, then write)', async () => {
    withoutHardLinks();
    jitteryLockFile();
    for (let round = 0; round < ROUNDS; round++) await raceOnStaleLock(round);
  });
});

describe('a takeover cut short', () => {
  it('does not keep the folder locked: its claim is passed over once old, and cleared', async () => {
    const dir = tempDir();
    staleUnreadableLock(dir);
    // A process killed in the middle of a takeover: it has claimed the stale lock and removes nothing more.
    const realRm = fsp.rm.bind(fsp);
    const rm = vi.spyOn(fsp, 'rm').mockImplementation(async (...args: Parameters<typeof fsp.rm>) => {
      if (path.basename(String(args[0])).startsWith(LOCK_FILE_NAME)) throw new Error('killed');
      return realRm(...args);
    });
    await expect(acquireDataDirLock(dir, { app: 'killed', hostName: 'host-a' })).rejects.toThrow('killed');
    rm.mockRestore();
    const left = readdirSync(dir).filter((name) => name !== LOCK_FILE_NAME);
    expect(left).toHaveLength(1);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(path.join(dir, left[0]!), aMinuteAgo, aMinuteAgo);

    const lock = await acquireDataDirLock(dir, { app: 'next', hostName: 'host-b' });
    expect(lock.tookOverFrom).toMatchObject({ app: 'unreadable lock' });
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ app: 'next' });
    expect(readdirSync(dir)).toEqual([LOCK_FILE_NAME]);
    lock.release();
  });
});
