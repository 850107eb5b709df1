import path from 'node:path';
import { diskFailure, isDiskFull } from '../domain/shared/disk-failure';
import type { DomainError } from '../domain/shared/errors';
import type { WorkspaceStore } from '../services/store';

/** The system calls that only read: a refusal of one is a folder Cadence may not read, not one it may not write in. */
const READING_CALLS: ReadonlySet<string> = new Set(['scandir', 'readdir', 'stat', 'lstat', 'read', 'access']);

/** True when `file` is `folder` or inside it. */
function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * The words for a failure the api did not expect, when it is the disk's: a backup the backups folder would not take
 * (a full disk, a read-only folder), a file of the data folder the system would not let Cadence at. Null for anything
 * else, which keeps the general words. A failure that names a file is said only when the file is in the data folder,
 * so a program's failure (git not found) is not taken for the disk's; a full disk also when it names none (a write to
 * an open file does not). The api answers before anything is applied, or the store has undone it: nothing was changed.
 */
export function storageFailure(error: unknown, store: Pick<WorkspaceStore, 'dataDir' | 'backups'>): DomainError | null {
  const { path: file, file: written, syscall } = (error ?? {}) as { path?: unknown; file?: unknown; syscall?: unknown };
  const named = [file, written].find((f): f is string => typeof f === 'string');
  // A file named outside the data folder (one the person picked) is not the data folder's to say.
  if (named !== undefined ? !isWithin(store.dataDir, named) : !isDiskFull(error)) return null;
  const inBackups = named !== undefined && isWithin(store.backups.folder, named);
  const reading = typeof syscall === 'string' && READING_CALLS.has(syscall);
  return diskFailure(error, {
    kind: inBackups ? 'backups' : 'data',
    folder: inBackups ? store.backups.folder : store.dataDir,
    doing: !inBackups ? 'finish this' : reading ? 'read the backups folder' : 'write the backup',
    outcome: 'nothing was changed',
    reading,
  });
}
