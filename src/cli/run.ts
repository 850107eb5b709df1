import { parseArgs } from 'node:util';
import type { CliCommand } from './commands';
import { CliError, EXIT, usageError } from './exit-codes';
import { importBacklogCommand } from './import-backlog';
import { importCalendarCommand } from './import-calendar';
import type { CliIo } from './io';
import { syncCommand } from './sync';
import { terminalSafe } from './terminal-text';
import { APP_VERSION } from '../version';

/** Every command; a new one is one more entry. */
export const COMMANDS: readonly CliCommand[] = [importBacklogCommand, importCalendarCommand, syncCommand];

/** One command's usage line, as `--help` after it prints it. */
const usageOf = (command: CliCommand) => `Usage: cadence ${command.usage}`;

export function usageText(): string {
  return [
    'Usage: cadence <command>',
    ...COMMANDS.map((c) => `  cadence ${c.usage}`),
    '  cadence help [command]   (or --help after a command)',
    '  cadence --version',
  ].join('\n');
}

/** The command the arguments start with, if any: the app uses this to decide whether to open a window. */
export function findCommand(args: readonly string[]): CliCommand | null {
  return COMMANDS.find((c) => c.words.every((w, i) => args[i] === w)) ?? null;
}

/** Words that ask for the usage (`cadence help [command]`, `cadence --help`) instead of running a command. */
const HELP_WORDS: ReadonlySet<string> = new Set(['help', '--help', '-h']);
const VERSION_WORDS: ReadonlySet<string> = new Set(['version', '--version']);

/** True for the flags a command line may start with that ask for information (`--help`, `--version`). */
export function isInfoFlag(arg: string): boolean {
  return arg.startsWith('-') && (HELP_WORDS.has(arg) || VERSION_WORDS.has(arg));
}

/** True when the arguments ask for a command, its usage or the version rather than the app (`cadence import …`). */
export function isCliInvocation(args: readonly string[]): boolean {
  const first = args[0] ?? '';
  return HELP_WORDS.has(first) || VERSION_WORDS.has(first) || COMMANDS.some((c) => first === c.words[0]);
}

/** Why the words name no command: the first word may start several (`cadence import` needs backlog or calendar). */
function unknownCommand(args: readonly string[]): string {
  if (args.length === 0) return 'No command given.';
  const next = COMMANDS.filter((c) => c.words[0] === args[0] && c.words.length > 1).map((c) => c.words[1]);
  if (next.length > 0 && (args[1] === undefined || args[1].startsWith('-'))) {
    return `cadence ${args[0]} needs one of: ${next.join(', ')}.`;
  }
  return `Unknown command: ${args.join(' ')}`;
}

/**
 * Runs a command line and answers its exit code; every failure is a message on stderr, never a stack trace.
 * Everything goes out through terminalSafe: titles, keys and parser messages from the input files are in it.
 */
export async function runCli(args: readonly string[], terminal: CliIo): Promise<number> {
  const io = terminalSafe(terminal);
  // Once the words name a command, a usage error shows that command's usage rather than every command's.
  let usage = usageText();
  try {
    const [first = '', ...topic] = args;
    if (HELP_WORDS.has(first)) {
      // `cadence help import backlog`: that command's usage; `cadence help` every command's; a topic that names
      // no command is a usage mistake, said as for the command itself.
      const named = findCommand(topic);
      if (!named && topic.length > 0) throw usageError(unknownCommand(topic));
      io.out(named ? usageOf(named) : usageText());
      return EXIT.done;
    }
    if (VERSION_WORDS.has(first)) {
      io.out(`Cadence ${APP_VERSION}`);
      return EXIT.done;
    }
    const command = findCommand(args);
    if (!command) throw usageError(unknownCommand(args));
    usage = usageOf(command);
    const rest = args.slice(command.words.length);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      // Node's message goes on about positionals that start with "-": the first sentence says what is wrong.
      throw usageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
    }
    if (parsed.values.help) {
      io.out(usage);
      return EXIT.done;
    }
    // `--data-dir "$DIR"` with DIR unset: an empty folder is never taken for "not given" (the app's own folder).
    const dataDir = parsed.values['data-dir'];
    if (typeof dataDir === 'string' && dataDir.trim() === '') {
      throw usageError(
        '--data-dir is empty: give it a value (a variable in the script may be unset). Nothing was changed.',
      );
    }
    if (parsed.positionals.length !== command.positionals) {
      throw usageError(`cadence ${command.words.join(' ')} takes ${command.positionals} file argument(s).`);
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.exitCode === EXIT.usage ? `${error.message}\n${usage}` : error.message);
      return error.exitCode;
    }
    io.err(`Cadence could not finish: ${(error as Error).message}`);
    return EXIT.error;
  }
}
