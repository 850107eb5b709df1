import { readFile } from 'node:fs/promises';
import { CliError, EXIT } from './exit-codes';

/** The file a command was given, or an error saying why it cannot be read (nothing else happens). */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(EXIT.error, `Cannot read ${file}: ${(error as Error).message}`);
  }
}
