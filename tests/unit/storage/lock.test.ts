import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../../src/storage/lock';
import { tempDir } from '../../helpers/in-process-api';

const lockFile = (dir: string) => path.join(dir, LOCK_FILE_NAME);

/** A pid that certainly belonged to a process which has exited. */
function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(done.stdout.trim());
}

const children: { kill: () => void }[] = [];
afterEach(() => {
  children.splice(0).forEach((c) => c.kill());
});

describe('data dir lock', () => {
  it('writes pid, host and start time, and removes the file on release', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir, { app: 'test', now: () => new Date('2026-11-27T10:00:00.000Z') });
    const held = JSON.parse(readFileSync(lockFile(dir), 'utf8'));
    expect(held).toEqual({ pid: process.pid, host: os.hostname(), startedAt: '2026-11-27T10:00:00.000Z', app: 'test' });
    expect(lock.tookOverFrom).toBeNull();
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);
    lock.release();
  });

  it('refuses while a live process holds the lock, naming that process', async () => {
    const dir = tempDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push({ kill: () => holder.kill('SIGKILL') });
    const owner = {
      pid: holder.pid,
      host: os.hostname(),
      startedAt: '2026-11-27T09:00:00.000Z',
      app: 'browser-mode server',
    };
    writeFileSync(lockFile(dir), JSON.stringify(owner));
    const attempt = acquireDataDirLock(dir, { app: 'test' });
    await expect(attempt).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(acquireDataDirLock(dir, { app: 'test' })).rejects.toThrow(
      new RegExp(`browser-mode server, process ${holder.pid} on ${os.hostname()}`),
    );
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(owner);
  });

  it('takes over a stale lock left by a dead process and clears its temp files', async () => {
    const dir = tempDir();
    const pid = deadPid();
    writeFileSync(lockFile(dir), JSON.stringify({ pid, host: os.hostname(), startedAt: 'x', app: 'crashed' }));
    writeFileSync(path.join(dir, `.cadence.json.${pid}.7.tmp`), '{"half');
    mkdirSync(path.join(dir, 'backups'));
    writeFileSync(path.join(dir, 'backups', `.cadence-20261127T100000000Z.json.${pid}.8.tmp`), '');
    mkdirSync(path.join(dir, 'teams'));
    writeFileSync(path.join(dir, 'teams', `.team-1.json.${pid}.9.tmp`), '{"half a team');
    writeFileSync(path.join(dir, `.cadence.json.${pid + 1}.7.tmp`), 'someone else');
    const lock = await acquireDataDirLock(dir, { app: 'test' });
    expect(lock.tookOverFrom?.pid).toBe(pid);
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([`.cadence.json.${pid + 1}.7.tmp`]);
    expect(readdirSync(path.join(dir, 'backups'))).toEqual([]);
    expect(readdirSync(path.join(dir, 'teams'))).toEqual([]);
    lock.release();
  });

  it('takes over an unreadable lock file (a writer killed while creating it)', async () => {
    const dir = tempDir();
    writeFileSync(lockFile(dir), '{"pid": 12');
    const lock = await acquireDataDirLock(dir, { app: 'test' });
    expect(lock.tookOverFrom).not.toBeNull();
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
  });

  it('never takes over a lock from another machine, whose process it cannot check', async () => {
    const dir = tempDir();
    writeFileSync(
      lockFile(dir),
      JSON.stringify({ pid: deadPid(), host: 'other-host', startedAt: 'x', app: 'desktop app' }),
    );
    await expect(acquireDataDirLock(dir, { app: 'test' })).rejects.toThrow(/on other-host/);
  });

  it('does not remove a lock that another process took after ours was released', async () => {
    const dir = tempDir();
    const lock = await acquireDataDirLock(dir, { app: 'test' });
    const other = { pid: 999_999, host: 'elsewhere', startedAt: 'later', app: 'desktop app' };
    writeFileSync(lockFile(dir), JSON.stringify(other));
    lock.release();
    expect(JSON.parse(readFileSync(lockFile(dir), 'utf8'))).toEqual(other);
  });
});
