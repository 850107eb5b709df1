import { spawn } from 'node:child_process';
import { promises as fsp, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../../src/storage/lock';
import { tempDir } from '../../helpers/in-process-api';

const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);
const realWriteFile = fsp.writeFile.bind(fsp);

/** A file system without hard links (FAT, exFAT, some network shares): link fails as it does there. */
function withoutHardLinks(): void {
  vi.spyOn(fsp, 'link').mockImplementation(() =>
    Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })),
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A slow disk: the content of a file created exclusively ('wx') lands 30 ms after the file appears, whichever
 * call creates it (writeFile with the flag, or open and then a write through the handle).
 */
function slowExclusiveWrites(): void {
  const realOpen = fsp.open.bind(fsp);
  const slowOpen = async (...args: Parameters<typeof fsp.open>) => {
    const handle = await realOpen(...args);
    if (args[1] !== 'wx') return handle;
    const realWrite = handle.writeFile.bind(handle);
    handle.writeFile = async (...writeArgs: Parameters<typeof handle.writeFile>) => {
      await sleep(30);
      return realWrite(...writeArgs);
    };
    return handle;
  };
  vi.spyOn(fsp, 'open').mockImplementation(slowOpen);
  vi.spyOn(fsp, 'writeFile').mockImplementation(async (file, data, options) => {
    const flag = typeof options === 'object' && options !== null ? options.flag : undefined;
    if (flag !== 'wx') return realWriteFile(file, data, options);
    const handle = await slowOpen(
      String(file),
      'wx',
      options && typeof options === 'object' ? options.mode : undefined,
    );
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  });
}

const children: { kill: () => void }[] = [];

/**
 * Another live process on this machine has created the lock file (empty: the exclusive create and the write of
 * its content are two steps) and writes its content `writtenAfterMs` after this process starts to take the lock.
 * With `looksOlderBy`, the empty file's modification time is that far in the past. Answers the owner the other
 * process wrote and how the attempt ended.
 */
async function lockWrittenLate(
  dir: string,
  { writtenAfterMs, looksOlderBy }: { writtenAfterMs: number; looksOlderBy?: number },
) {
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  children.push({ kill: () => holder.kill('SIGKILL') });
  const owner = { pid: holder.pid, host: os.hostname(), startedAt: '2026-11-27T09:00:00.000Z', app: 'desktop app' };
  writeFileSync(lockFile(dir), '');
  if (looksOlderBy !== undefined) {
    const stamped = new Date(Date.now() - looksOlderBy);
    utimesSync(lockFile(dir), stamped, stamped);
  }
  const attempt = acquireDataDirLock(dir, { app: 'test' }).then(
    (lock) => ({ took: true, lock }),
    (error: unknown) => ({ took: false, error }),
  );
  await sleep(writtenAfterMs);
  writeFileSync(lockFile(dir), JSON.stringify(owner)); // the other process's write lands
  return { owner, outcome: await attempt };
}

beforeEach(withoutHardLinks);
afterEach(() => {
  vi.restoreAllMocks();
  children.splice(0).forEach((c) => c.kill());
});

describe('data dir lock on a file system without hard links', () => {
  it('takes the lock, and refuses a second taker', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir, { app: 'first', hostName: os.hostname() });
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid, app: 'first' });
    // Another machine's process, so the lock is not judged this process's own stale one.
    await expect(acquireDataDirLock(dir, { app: 'second', hostName: 'other-host' })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
    lock.release();
  });

  it('waits for a lock file another process has created but not written yet, and then refuses', async () => {
    const dir = tempDir();
    const { owner, outcome } = await lockWrittenLate(dir, { writtenAfterMs: 100 });
    expect(outcome.took).toBe(false);
    expect(outcome).toMatchObject({ error: expect.any(DataDirLockedError) });
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(owner);
  });

  it.each([
    ['FAT (mtime in 2-second steps)', 1_990],
    ['a network share whose clock runs 5 s behind', 5_000],
  ])('waits for an empty lock that looks old on %s, and then refuses', async (_, looksOlderBy) => {
    const dir = tempDir();
    const { owner, outcome } = await lockWrittenLate(dir, { writtenAfterMs: 300, looksOlderBy });
    expect(outcome).toMatchObject({ took: false, error: expect.any(DataDirLockedError) });
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(owner);
  });

  it('gives the lock to exactly one of two processes that race for it, on a slow disk', async () => {
    slowExclusiveWrites();
    for (let round = 0; round < 5; round++) {
      const dir = tempDir();
      // Two machines' processes on a shared folder: neither may take the other's lock as stale.
      const outcomes = await Promise.allSettled([
        acquireDataDirLock(dir, { app: 'a', hostName: 'host-a' }),
        acquireDataDirLock(dir, { app: 'b', hostName: 'host-b' }),
      ]);
      const holders = outcomes.filter((o) => o.status === 'fulfilled');
      expect(holders, `round ${round}`).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(DataDirLockedError);
      const held = JSON.parse(readFileSync(lockFile(dir), 'utf8')) as { app: string };
      expect(held.app).toBe(holders[0]!.value.owner.app);
    }
  });
});
