import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { nodeFs, type StorageFs } from './file-system';

/**
 * lowdb adapter like JSONFile, but every write is durable (temp file, fsync, rename, folder fsync)
 * and goes through the storage file-system port.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(
    readonly filename: string,
    private readonly fsys: StorageFs = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.filename);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.filename, JSON.stringify(data), this.fsys);
  }
}

export async function readTextIfExists(file: string): Promise<string | null> {
  return (await readBytesIfExists(file))?.toString('utf8') ?? null;
}

export async function readBytesIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
