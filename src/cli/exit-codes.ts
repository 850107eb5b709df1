/** The command line's exit codes; scripts rely on them, so they never change meaning. */
export const EXIT = {
  done: 0,
  error: 1,
  usage: 2,
  /** Reserved for sync: both sides changed the same field. */
  conflicts: 3,
  /** Another Cadence (the app, a browser-mode server) holds the data folder's lock. */
  locked: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure that ends the command with its exit code and a message for the person at the terminal. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(EXIT.usage, message);
