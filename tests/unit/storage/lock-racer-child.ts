/**
 * One of the processes the lock race test starts: on "go" (a line on stdin) it takes the data folder's lock,
 * with every read, stat and removal of the lock file a random few milliseconds slow, and prints "got" or
 * "refused". It then holds the lock (stays alive) until its stdin closes. Usage: node child.mjs <dataDir>
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock, DataDirLockedError, LOCK_FILE_NAME } from '../../../src/storage/lock';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: lock-racer-child <dataDir>');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (file: unknown) => (path.basename(String(file)) === LOCK_FILE_NAME ? sleep(Math.random() * 6) : null);
const realRm = fsp.rm.bind(fsp);
const realReadFile = fsp.readFile.bind(fsp);
const realStat = fsp.stat.bind(fsp);
fsp.rm = async (...args: Parameters<typeof fsp.rm>) => {
  await jitter(args[0]);
  return realRm(...args);
};
fsp.readFile = (async (...args: Parameters<typeof fsp.readFile>) => {
  await jitter(args[0]);
  return realReadFile(...args);
}) as typeof fsp.readFile;
fsp.stat = (async (...args: Parameters<typeof fsp.stat>) => {
  await jitter(args[0]);
  return realStat(...args);
}) as typeof fsp.stat;

process.stdin.setEncoding('utf8');
process.stdin.once('data', () => {
  acquireDataDirLock(dataDir, { app: `racer ${process.pid}` }).then(
    () => process.stdout.write('got\n'),
    (error: unknown) =>
      process.stdout.write(error instanceof DataDirLockedError ? 'refused\n' : `error ${String(error)}\n`),
  );
});
process.stdin.on('end', () => process.exit(0));
process.stdout.write('ready\n');
