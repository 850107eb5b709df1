import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write';

/**
 * lowdb adapter like JSONFile, but every write is fsynced (temp file + rename + directory fsync),
 * and reading hands back the raw text so the store can set a damaged file aside instead of failing.
 */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(readonly filename: string) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.filename);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.filename, JSON.stringify(data));
  }
}

export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
