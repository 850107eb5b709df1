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
