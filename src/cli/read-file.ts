import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { CliError, EXIT, usageError } from './exit-codes';
import { pipedIn, type CliIo } from './io';
import { oneLine } from './terminal-text';

/** The FILE that stands for stdin (`curl … | cadence import backlog - --team NAME`), as in most command lines. */
const STDIN = '-';

/**
 * The file as messages name it: as typed (a loop over *\/export.csv must tell which one failed), on one line;
 * `stdin` for `-`.
 */
export const shownFileName = (file: string): string => (file === STDIN ? 'stdin' : oneLine(file));

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

/**
 * What an import refuses of a file before reading it, from its size (and name): the refusal in the import's own
 * words, or null to read it.
 */
export type BeforeReading = (size: number) => string | null;

/** An import's bound on a file's size: in bytes, and in its words ("Cadence imports files of up to 20 MB"). */
export interface SizeBound {
  bytes: number;
  words: string;
}

/**
 * The file a command was given, or an error saying why it cannot be read (nothing else happens). A regular file is
 * looked at first, and `before` may refuse it on its size: a file of gigabytes is never read whole to be refused
 * (Node refuses to read one over 2 GB, in its own words). Anything else (a FIFO, `<(curl …)`) has no size to look
 * at: it is read as it comes, but no further than just past the bound, as stdin is (an endless stream given by
 * mistake is refused, not read until the memory runs out).
 */
async function readBytes(file: string, bound: SizeBound, before: BeforeReading): Promise<Uint8Array> {
  let refusal: string | null;
  try {
    const facts = await stat(file);
    if (!facts.isFile()) return await readStream(file, bound);
    refusal = before(facts.size);
    if (refusal === null) return new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(EXIT.error, `${reason(file, error as NodeJS.ErrnoException)}. Nothing was changed.`);
  }
  throw new CliError(EXIT.error, refusal);
}

/** A stream (stdin, a FIFO) that held more than the import takes: only just past the bound was read of it. */
const moreThanTaken = (file: string, bound: SizeBound) =>
  new CliError(
    EXIT.error,
    `${shownFileName(file)} holds more than the import takes: ${bound.words}. Nothing was changed.`,
  );

/** A FILE that is a stream (a FIFO, `<(curl …)`), read up to just past the bound, and refused past it. */
async function readStream(file: string, bound: SizeBound): Promise<Uint8Array> {
  const bytes = (await pipedIn(createReadStream(file), bound.bytes)) ?? new Uint8Array();
  if (bytes.length > bound.bytes) throw moreThanTaken(file, bound);
  return bytes;
}

/**
 * The bytes of the FILE a command was given: the file's, or what is piped to stdin for `-`, of which no more than
 * the import's bound are taken. A file's size is checked by the import (`before`, and again once read), in its words.
 */
export async function readInput(
  file: string,
  io: CliIo,
  bound: SizeBound,
  before: BeforeReading = () => null,
): Promise<Uint8Array> {
  if (file !== STDIN) return readBytes(file, bound, before);
  const piped = (await io.stdin?.(bound.bytes)) ?? null;
  if (piped && piped.length > bound.bytes) throw moreThanTaken(file, bound);
  if (piped) return piped;
  throw usageError(
    '“-” reads the file from stdin, but nothing is piped in: give the file’s path, or pipe the file in (… | cadence import … -). Nothing was changed.',
  );
}
