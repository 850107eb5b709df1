import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OWNER_DIR_MODE, OWNER_FILE_MODE } from './owner-only';

/** What a file is written from: text, bytes, or bytes in parts (written in order, as one file). */
export type FileData = string | Uint8Array | readonly Uint8Array[];

/** The bytes a write of `data` puts in its file. */
export function bytesOf(data: FileData): Buffer {
  if (typeof data === 'string') return Buffer.from(data);
  return isParts(data) ? Buffer.concat(data) : Buffer.from(data);
}

/** Whether `data` is bytes in parts. */
export function isParts(data: FileData): data is readonly Uint8Array[] {
  return Array.isArray(data);
}

/**
 * The writes storage makes, as one port: the app runs over the real file system; tests run the same
 * code over one that fails on demand or forgets what was not fsynced when the power is cut.
 */
export interface StorageFs {
  /** Creates or truncates `file` (owner-only), writes `data` and fsyncs it: the bytes are durable, the name not yet. */
  writeSynced(file: string, data: FileData): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Flushes a folder, so the names in it (created, renamed, removed) survive a power cut. */
  syncDir(dir: string): Promise<void>;
  /** Removes a file; a missing one is fine. */
  rm(file: string): Promise<void>;
  /** Creates a folder and its parents (owner-only), or does nothing if it is there; true if it made one. */
  mkdir(dir: string): Promise<boolean>;
  chmod(file: string, mode: number): Promise<void>;
}

export const nodeFs: StorageFs = {
  async writeSynced(file, data) {
    const handle = await fs.open(file, 'w', OWNER_FILE_MODE);
    try {
      if (isParts(data)) {
        // Parts go to the kernel as they are (no copy into one buffer); libuv writes them all or fails.
        const { bytesWritten } = await handle.writev([...data]);
        const expected = data.reduce((n, part) => n + part.byteLength, 0);
        if (bytesWritten !== expected) throw new Error(`wrote ${bytesWritten} of ${expected} bytes of ${file}`);
      } else await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fs.rename(from, to),
  async syncDir(dir) {
    // Windows cannot open a folder for fsync; a rename there is already durable enough.
    if (process.platform === 'win32') return;
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rm: (file) => fs.rm(file, { force: true }),
  async mkdir(dir) {
    return (await fs.mkdir(dir, { recursive: true, mode: OWNER_DIR_MODE })) !== undefined;
  },
  chmod: (file, mode) => fs.chmod(file, mode),
};

/**
 * An entry of the data folder of the wrong kind: a folder where Cadence keeps a file, or a file where it keeps a
 * folder. The message names the path and what to do; the entry is the user's, and is left where it is.
 */
export class WrongKindError extends Error {
  constructor(
    readonly path: string,
    expected: 'file' | 'folder',
  ) {
    super(
      `${path} is ${expected === 'file' ? 'a folder, not a file' : 'a file, not a folder'}; move it away and start again.`,
    );
    this.name = 'WrongKindError';
  }
}

/** Throws a WrongKindError when something other than a folder is at `dir` (nothing there is fine). */
export async function expectFolder(dir: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => null);
  if (stat && !stat.isDirectory()) throw new WrongKindError(dir, 'folder');
}

/** `fsys.mkdir`, failing with a WrongKindError when a file is in the folder's place. */
export async function makeFolder(fsys: StorageFs, dir: string): Promise<boolean> {
  try {
    return await fsys.mkdir(dir);
  } catch (error) {
    await expectFolder(dir);
    throw error;
  }
}

/** Makes a folder if it is missing and then flushes its parent, so the new folder survives a power cut. */
export async function makeDurableDir(fsys: StorageFs, dir: string): Promise<void> {
  if (await makeFolder(fsys, dir)) await fsys.syncDir(path.dirname(dir));
}
