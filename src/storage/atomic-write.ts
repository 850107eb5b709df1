import path from 'node:path';
import { nodeFs, type FileData, type StorageFs } from './file-system';

let counter = 0;

/**
 * The file was replaced but flushing its folder failed: readers see the new content, a power cut may
 * bring back the old. Callers that track what a file holds count it as replaced.
 */
export class NotDurableError extends Error {
  readonly code: string | undefined;

  constructor(
    readonly file: string,
    readonly cause: unknown,
  ) {
    super(`${path.basename(file)} was written but could not be flushed: ${(cause as Error).message}`);
    this.name = 'NotDurableError';
    this.code = (cause as NodeJS.ErrnoException).code;
  }
}

/** The temp file a write of `target` uses; the pid in the name lets the next start clean up after a crash. */
function tempPath(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${++counter}.tmp`);
}

/**
 * Durable replace: write a temp file beside the target, fsync it, rename it over the target, then
 * fsync the folder so the rename itself survives a power cut. A write that fails before the rename
 * leaves the target as it was and removes its temp file.
 */
export async function writeFileAtomic(target: string, data: FileData, fsys: StorageFs = nodeFs): Promise<void> {
  const tmp = tempPath(target);
  try {
    await fsys.writeSynced(tmp, data);
    await fsys.rename(tmp, target);
  } catch (error) {
    await fsys.rm(tmp).catch(() => undefined);
    throw error;
  }
  try {
    await fsys.syncDir(path.dirname(target));
  } catch (error) {
    throw new NotDurableError(target, error);
  }
}
