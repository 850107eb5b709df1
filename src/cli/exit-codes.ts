/** The command line's exit codes; scripts rely on them, so they never change meaning. */
export const EXIT = {
  done: 0,
  error: 1,
  usage: 2,
  /** Reserved for sync: both sides changed the same field. */
  conflicts: 3,
  /** Another Cadence (the app, a browser-mode server, another command) holds the data folder's lock. */
  locked: 4,
  /**
   * An import read its file and brought nothing in: every row or event was skipped, or it had none. Not an error
   * (1: the file was refused, nothing read), and not done (0: an import with nothing left to change, every row
   * already in its item as the file has it (unchanged) or every event already in the calendar, is done).
   */
  nothingImported: 5,
  /**
   * sync: the remote answered but refused access (the token or the ssh key not accepted, a push it declines):
   * someone must act. Not an error (1), which for sync is also a remote that could not be reached: try again later.
   */
  denied: 6,
  /**
   * sync: the remote holds a team file Cadence will not take (damaged, from a newer Cadence, another team's, or
   * none): someone must put the remote right or update Cadence, as the message says; trying again will not help.
   */
  remoteRefused: 7,
  /**
   * Stopped by Ctrl+C (SIGINT) between two writes, as a shell reports a command Ctrl+C ended (128 + 2): an import
   * of a big file says how many rows it brought in before it stopped.
   */
  interrupted: 130,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command by its words, as help names it (`import backlog`). */
type CommandName = 'import backlog' | 'import calendar' | 'sync';

/** What the help of some commands lists: all of them (a word that starts several, `import`), or one. */
export interface HelpTopic {
  /** The words asked about: a command's (`sync`) or the word that starts several (`import`). */
  name: string;
  /** The commands those words cover. */
  commands: readonly string[];
}

/**
 * Each exit code's line in help: what it means in the full help (`text`), the commands that can end with it (none:
 * every command), and its words in one command's help or a word's (`as`, keyed by the words asked about), where
 * the full text names what does not apply there.
 */
const EXIT_CODE_LINES: readonly {
  code: number;
  text: string;
  only?: readonly CommandName[];
  as?: Readonly<Record<string, string>>;
}[] = [
  {
    code: EXIT.done,
    text: 'done; an import with nothing left to change (every row already in its item, every event already there) is done',
    as: {
      sync: 'done',
      'import backlog': 'done; an import with nothing left to change (every row already in its item) is done',
      'import calendar': 'done; an import with nothing left to change (every event already there) is done',
    },
  },
  {
    code: EXIT.error,
    text: 'error, said on stderr: an unreadable or refused file, an unknown team, sprint or member, no data folder; for sync, a remote that could not be reached (try again later)',
    as: {
      import: 'error, said on stderr: an unreadable or refused file, an unknown team, sprint or member, no data folder',
      'import backlog': 'error, said on stderr: an unreadable or refused file, an unknown team, no data folder',
      'import calendar':
        'error, said on stderr: an unreadable or refused file, an unknown team, sprint or member, no data folder',
      sync: 'error, said on stderr: an unknown team, a team not shared yet, no data folder; a remote that could not be reached (try again later)',
    },
  },
  { code: EXIT.usage, text: 'usage mistake' },
  { code: EXIT.conflicts, text: 'both sides changed the same field (conflicts)', only: ['sync'] },
  {
    code: EXIT.locked,
    text: "the data folder is locked: Cadence is open on it, or another cadence command runs on it (wait, then run again) (an import's --dry-run works)",
    as: {
      sync: 'the data folder is locked: Cadence is open on it, or another cadence command runs on it (wait, then run again)',
    },
  },
  {
    code: EXIT.nothingImported,
    text: 'nothing imported: the file was read, but every row or event was skipped (why, on stdout) or it had none',
    only: ['import backlog', 'import calendar'],
    as: {
      'import backlog':
        'nothing imported: the file was read, but every row was skipped (why, on stdout) or it had none',
      'import calendar':
        'nothing imported: the file was read, but every event was skipped (why, on stdout) or it had none',
    },
  },
  {
    code: EXIT.denied,
    text: 'the remote refused access (the token or ssh key, or a push it declines): someone must act; 1 is a remote that could not be reached (try again later)',
    only: ['sync'],
  },
  {
    code: EXIT.remoteRefused,
    text: 'the remote’s team file was refused (damaged, from a newer Cadence, another team’s, or none): someone must put the remote right or update Cadence, as the message says',
    only: ['sync'],
  },
  {
    // Only the backlog import runs in parts (a calendar is small enough to go in at once): Ctrl+C stops it between two.
    code: EXIT.interrupted,
    text: 'stopped by Ctrl+C: a big file is imported in parts, and the parts imported before it stay (how many rows, on stderr)',
    only: ['import backlog'],
  },
];

/**
 * The exit codes as help lists them: every one (`cadence help`), or those the commands asked about can end with. A
 * code only some of the commands listed end with names them (`import backlog: stopped by Ctrl+C …`).
 */
export function exitCodesHelp(topic?: HelpTopic): string {
  const lines = EXIT_CODE_LINES.flatMap(({ code, text, only, as = {} }) => {
    if (!topic) return [`  ${code}  ${only ? `${only.join(', ')}: ` : ''}${text}`];
    const theirs = only ? topic.commands.filter((name) => (only as readonly string[]).includes(name)) : topic.commands;
    if (theirs.length === 0) return [];
    const scope = theirs.length < topic.commands.length ? `${theirs.join(', ')}: ` : '';
    return [`  ${code}  ${scope}${as[topic.name] ?? text}`];
  });
  return ['Exit codes:', ...lines].join('\n');
}

/**
 * The end of an import that brought nothing in: why, on stderr (the rows' reasons and the figures are on stdout
 * already), and exit 5.
 */
export function nothingImported(err: (line: string) => void, dryRun: boolean, why: string): ExitCode {
  err(`Nothing ${dryRun ? 'would be' : 'was'} imported: ${why}.`);
  return EXIT.nothingImported;
}

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
