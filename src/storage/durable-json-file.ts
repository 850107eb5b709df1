import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';
import { nodeFs, WrongKindError, type StorageFs } from './file-system';
import { ChunkMemory, jsonChunks } from './json-chunks';

/**
 * lowdb adapter like JSONFile, but every write is durable (temp file, fsync, rename, folder fsync)
 * and goes through the storage file-system port. The text is JSON.stringify's, made by jsonChunks from
 * the bytes of records written before, and of runs of records this file wrote before.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  private readonly memory = new ChunkMemory();

  constructor(
    readonly filename: string,
    private readonly fsys: StorageFs = nodeFs,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.filename);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.filename, jsonChunks(data, this.memory), this.fsys);
  }
}

export async function readTextIfExists(file: string): Promise<string | null> {
  return (await readBytesIfExists(file))?.toString('utf8') ?? null;
}

export async function readBytesIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    // Node's message for a folder names no path (the read fails, not the open).
    if (code === 'EISDIR') throw new WrongKindError(file, 'file');
    throw error;
  }
}
