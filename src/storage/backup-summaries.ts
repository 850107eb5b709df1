import { Worker } from 'node:worker_threads';
import { isRefused } from '../domain/shared/disk-failure';
import { CURRENT_SCHEMA_VERSION } from '../domain/workspace';

export interface BackupContents {
  /** Team names inside, or null when the file cannot be restored. */
  teams: string[] | null;
  problem: string | null;
  /** True when the file left the folder before it was read (pruned meanwhile): it is not listed. */
  gone?: boolean;
  /** True when the file could not be read (its permissions, the disk): the next listing reads it again. */
  readFailed?: boolean;
}

/** What the worker answers for a file: its contents, or the system's code for a read that failed. */
interface WorkerAnswer extends BackupContents {
  unreadable?: string;
}

/**
 * Why a backup the list could not read cannot be restored, after "Cannot be restored:". A refusal is said in the words
 * a refused restore uses (disk-failure.ts); any other failure by the system's code, which is all there is to go on.
 */
export function unreadableBackupProblem(code: string): string {
  if (isRefused({ code })) return 'its permissions do not allow Cadence to read it';
  return `the file could not be read (${code}); check the disk that holds the backups folder`;
}

/**
 * Runs in a worker thread, so reading and parsing megabytes of backups never holds up the thread that
 * answers api calls. Plain JavaScript with no imports of ours: the bundles have no separate worker
 * file. It reads what the list shows (the team names, or why the file cannot be restored); the full
 * validation runs when a backup is restored (data-backup-service.ts).
 */
const READ_CONTENTS = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function contents(file, current) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') return { teams: null, problem: null, gone: true };
    return { teams: null, problem: null, unreadable: error.code || error.message };
  }
  if (text.trim() === '') return { teams: null, problem: 'the file is empty' };
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    return { teams: null, problem: 'the file is not valid JSON' };
  }
  if (!isRecord(raw)) return { teams: null, problem: 'the file does not hold a Cadence workspace object' };
  const version = raw.schemaVersion;
  if (!Number.isInteger(version) || version < 1) return { teams: null, problem: 'the file has no valid schemaVersion' };
  if (version > current) return { teams: null, problem: 'written by a newer version of Cadence (format ' + version + ')' };
  if (!Array.isArray(raw.teams) || !raw.teams.every((t) => isRecord(t) && typeof t.name === 'string')) {
    return { teams: null, problem: 'the data does not match the expected shape (at teams)' };
  }
  return { teams: raw.teams.map((t) => t.name), problem: null };
}
parentPort.postMessage(workerData.files.map((file) => contents(file, workerData.current)));
`;

/** A worker's answer as the list shows it: a failed read said in words. */
function worded({ unreadable, ...contents }: WorkerAnswer): BackupContents {
  return unreadable === undefined
    ? contents
    : { ...contents, problem: unreadableBackupProblem(unreadable), readFailed: true };
}

/** What each backup holds, read in a worker thread; in the order of `files`. */
export function readBackupContents(files: readonly string[]): Promise<BackupContents[]> {
  if (files.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(READ_CONTENTS, {
      eval: true,
      workerData: { files, current: CURRENT_SCHEMA_VERSION },
    });
    worker.once('message', (result: WorkerAnswer[]) => {
      resolve(result.map(worded));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The backup reader stopped (exit code ${code}).`));
    });
  });
}
