import { readFile } from 'node:fs/promises';
import { CliError, EXIT } from './exit-codes';

/** Why a file cannot be read, in words, for the errors people meet; the system's own words otherwise. */
function reason(file: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `There is no file at ${file}`;
    case 'EISDIR':
      return `${file} is a folder: give the file itself`;
    case 'EACCES':
    case 'EPERM':
      return `${file} cannot be read: its permissions do not allow it`;
    default:
      return `Cannot read ${file}: ${error.message}`;
  }
}

/** The file a command was given, or an error saying why it cannot be read (nothing else happens). */
export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(EXIT.error, `${reason(file, error as NodeJS.ErrnoException)}. Nothing was changed.`);
  }
}
