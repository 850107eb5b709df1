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
