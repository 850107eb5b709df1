/** What a command may touch of the outside world, so tests drive it without a terminal. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** The data folder when neither --data-dir nor CADENCE_DATA_DIR names one (Electron's userData). */
  defaultDataDir: () => string;
  /** Who takes the data folder's lock, as the lock file names it. */
  app: string;
  /**
   * What is piped to stdin, for a FILE given as `-`, read up to just past `limit` bytes (more is refused); null when
   * stdin is a terminal (nothing piped in).
   */
  stdin?: (limit: number) => Promise<Uint8Array | null>;
  /**
   * The version `--version` prints, for a run the build did not stamp with one (`npm run cadence`, from source:
   * package.json's); the built app's own otherwise.
   */
  version?: string;
}

/**
 * What is piped to a stream (the process's stdin), or null when it is a terminal: a FILE given as `-` with nothing
 * piped in is refused at once rather than left waiting for someone to type a file. Reading stops once it holds
 * more than `limit` bytes, so an endless pipe (`cat /dev/urandom |` by mistake) is refused, not read until the
 * memory runs out.
 */
export async function pipedIn(
  stream: NodeJS.ReadableStream & { isTTY?: boolean },
  limit: number,
): Promise<Uint8Array | null> {
  if (stream.isTTY) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.from(chunk as Uint8Array);
    chunks.push(bytes);
    size += bytes.length;
    // Leaving the loop early ends the stream's reading.
    if (size > limit) break;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A reader that went away (`| head -1`, `| grep -q`) leaves nothing to print to: the command still finishes what it
 * started and lets go of the data folder, rather than dying half-way on the write's EPIPE. For the process's own
 * stdout and stderr (`npm run cadence` and the packaged app's command line alike).
 */
export function keepGoingWhenOutputCloses(streams: readonly NodeJS.WriteStream[]): void {
  const quietWhenClosed = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  };
  for (const stream of streams) stream.on('error', quietWhenClosed);
}
