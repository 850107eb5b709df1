import { parseArgs } from 'node:util';
import type { CliCommand } from './commands';
import { CliError, EXIT, exitCodesHelp, usageError } from './exit-codes';
import { importBacklogCommand } from './import-backlog';
import { importCalendarCommand } from './import-calendar';
import type { CliIo } from './io';
import { parseMistake } from './parse-mistakes';
import { syncCommand } from './sync';
import { terminalSafe } from './terminal-text';
import { APP_VERSION } from '../version';

/** Every command; a new one is one more entry. */
export const COMMANDS: readonly CliCommand[] = [importBacklogCommand, importCalendarCommand, syncCommand];

/** One command's usage line, as a usage mistake shows it. */
const usageOf = (command: CliCommand) => `Usage: cadence ${command.usage}`;

/** What a help asks about: the words typed, and the commands they cover (for the exit codes they end with). */
const topicOf = (name: string, commands: readonly CliCommand[]) => ({
  name,
  commands: commands.map((c) => c.words.join(' ')),
});

/** What help prints: the usage, then the exit codes a script checks (a command's own, or every command's). */
const withExitCodes = (usage: string, command?: CliCommand) =>
  `${usage}\n\n${exitCodesHelp(command && topicOf(command.words.join(' '), [command]))}`;

export function usageText(): string {
  return [
    'Usage: cadence <command>',
    ...COMMANDS.map((c) => `  cadence ${c.usage}`),
    '  cadence help [command]   (or --help after a command)',
    '  cadence --version',
  ].join('\n');
}

/**
 * The commands a lone first word starts when it starts several (`import`: backlog and calendar), for
 * `cadence import --help` and `cadence help import`; none for any other words.
 */
function groupOf(words: readonly string[]): readonly CliCommand[] {
  const [first, ...more] = words;
  if (more.length > 0) return [];
  return COMMANDS.filter((c) => c.words[0] === first && c.words.length > 1);
}

/** The help of a word that starts several commands: each one's usage, then the exit codes they share. */
function groupHelp(group: readonly CliCommand[]): string {
  const [first = ''] = group[0]?.words ?? [];
  const usage = [
    `Usage: cadence ${first} ${group.map((c) => c.words.slice(1).join(' ')).join('|')}`,
    ...group.map((c) => `  cadence ${c.usage}`),
  ].join('\n');
  return `${usage}\n\n${exitCodesHelp(topicOf(first, group))}`;
}

/** The command the arguments start with, if any: the app uses this to decide whether to open a window. */
export function findCommand(args: readonly string[]): CliCommand | null {
  return COMMANDS.find((c) => c.words.every((w, i) => args[i] === w)) ?? null;
}

/** Words that ask for the usage (`cadence help [command]`, `cadence --help`) instead of running a command. */
const HELP_WORDS: ReadonlySet<string> = new Set(['help', '--help', '-h']);
const VERSION_WORDS: ReadonlySet<string> = new Set(['version', '--version']);

/** True for the flags a command line may start with that ask for information (`--help`, `--version`). */
function isInfoFlag(arg: string): boolean {
  return arg.startsWith('-') && (HELP_WORDS.has(arg) || VERSION_WORDS.has(arg));
}

/** Every option a command takes (`--data-dir`), and whether a value follows it as the next word. */
const TAKES_VALUE: ReadonlyMap<string, boolean> = new Map(
  COMMANDS.flatMap((c) => Object.entries(c.options).map(([name, o]) => [`--${name}`, o.type === 'string'] as const)),
);

/**
 * The options before the command's words (`cadence --data-dir DIR import …`), each with its value when it takes
 * one. An option no command knows (a Chromium switch such as --no-sandbox) is one word: its value follows `=`.
 */
function optionsBefore(args: readonly string[]): string[][] {
  const options: string[][] = [];
  let i = 0;
  for (let word = args[0]; word?.startsWith('-') && !isInfoFlag(word); word = args[i]) {
    const width = TAKES_VALUE.get(word) ? 2 : 1;
    options.push(args.slice(i, i + width));
    i += width;
  }
  return options;
}

/** The words after the options they start with (`--data-dir DIR sync …`: `sync …`). */
const pastOptions = (args: readonly string[]) => args.slice(optionsBefore(args).flat().length);

/** True for the words a command line starts with once past the options: a command, help or the version. */
const startsCommandLine = (first: string) =>
  HELP_WORDS.has(first) || VERSION_WORDS.has(first) || COMMANDS.some((c) => first === c.words[0]);

/**
 * The packaged app's arguments as the command line takes them, or null when they ask for the window (no command,
 * help or version after the options). Options may come before the command, as in bin.ts's runs (see commandFirst);
 * of those, the ones no command knows are Chromium's switches (`--no-sandbox`), the app's rather than the command's.
 */
export function commandLineOf(args: readonly string[]): string[] | null {
  const before = optionsBefore(args);
  const start = before.flat().length;
  if (!startsCommandLine(args[start] ?? '')) return null;
  const known = before.filter(([option = '']) => TAKES_VALUE.has(option.replace(/=.*$/s, '')));
  return [...known.flat(), ...args.slice(start)];
}

/** True when the arguments ask for a command, its usage or the version rather than the app (`cadence import …`). */
export function isCliInvocation(args: readonly string[]): boolean {
  return commandLineOf(args) !== null;
}

/**
 * The words with the options given before the command (`cadence --data-dir DIR import …`) moved after the
 * command's words, where its parser reads (and checks) them; help and the version need no options. Words that
 * name nothing after the options are left as they are, for the message about them.
 */
function commandFirst(args: readonly string[]): readonly string[] {
  const start = optionsBefore(args).flat().length;
  if (start === 0) return args;
  const rest = args.slice(start);
  const [first = ''] = rest;
  if (HELP_WORDS.has(first) || VERSION_WORDS.has(first)) return rest;
  const command = findCommand(rest);
  if (!command) return args;
  const words = command.words.length;
  return [...rest.slice(0, words), ...args.slice(0, start), ...rest.slice(words)];
}

/** Words as a message quotes them: “a”, “b”. */
const quotedWords = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

/** A value option given more than once (`--team A --team B`) is refused, never one of the values taken in silence. */
function refuseRepeated(command: CliCommand, tokens: readonly { kind: string; name?: string; value?: string }[]): void {
  const given = new Map<string, string[]>();
  for (const { kind, name = '', value = '' } of tokens) {
    const option = kind === 'option' ? command.options[name] : undefined;
    if (option?.type === 'string' && !option.multiple) given.set(name, [...(given.get(name) ?? []), value]);
  }
  for (const [name, values] of given) {
    if (values.length < 2) continue;
    throw usageError(`--${name} is given more than once (${quotedWords(values)}): give it once. Nothing was changed.`);
  }
}

/** What is wrong with the files given to a command (a command takes one FILE, or none). */
function filesMistake(command: CliCommand, given: readonly string[]): string {
  const name = `cadence ${command.words.join(' ')}`;
  const listed = quotedWords(given);
  if (command.positionals === 0) return `${name} takes no FILE, not ${listed}.`;
  if (given.length < command.positionals) return `${name} needs a FILE.`;
  // Most often a path with a space that the shell split in two.
  return `${name} takes one FILE, not ${given.length} (${listed}): put quotes around a path with spaces in it.`;
}

/** Why the words name no command: the first word may start several (`cadence import` needs backlog or calendar). */
function unknownCommand(typed: readonly string[]): string {
  const before = optionsBefore(typed);
  const args = typed.slice(before.flat().length);
  if (args.length === 0) return 'No command given.';
  const next = COMMANDS.filter((c) => c.words[0] === args[0] && c.words.length > 1).map((c) => c.words[1]);
  if (next.length > 0 && (args[1] === undefined || args[1].startsWith('-'))) {
    return `cadence ${args[0]} needs one of: ${next.join(', ')}.`;
  }
  // An option's value forgotten before the command (`cadence --data-dir import backlog …`): the option took the
  // command's first word, and what is left names nothing.
  const [option, value] = before.at(-1) ?? [];
  if (option && value && COMMANDS.some((c) => c.words[0] === value)) {
    return `Unknown command: ${args.join(' ')}. ${option} took “${value}” as its value: give ${option} its own value before the command.`;
  }
  return `Unknown command: ${args.join(' ')}`;
}

/**
 * Runs a command line and answers its exit code; every failure is a message on stderr, never a stack trace.
 * Everything goes out through terminalSafe: titles, keys and parser messages from the input files are in it.
 */
export async function runCli(typed: readonly string[], terminal: CliIo): Promise<number> {
  const args = commandFirst(typed);
  const io = terminalSafe(terminal);
  // Once the words name a command, a usage error shows that command's usage rather than every command's.
  let usage = usageText();
  try {
    const [first = '', ...afterFirst] = args;
    if (HELP_WORDS.has(first)) {
      // `cadence help import backlog`: that command's usage; `cadence help` every command's; a topic that names
      // no command is a usage mistake, said as for the command itself. Options before the topic (a script's
      // `--data-dir DIR`) change no help.
      const asked = pastOptions(afterFirst);
      // `cadence help help` (or `help --help`): help about help is the help itself.
      const topic = asked.every((word) => HELP_WORDS.has(word)) ? [] : asked;
      const found = findCommand(topic);
      // Words after the command's are refused, as after `help import` (options change no help, after it either).
      const after = found ? topic.slice(found.words.length) : [];
      const named = pastOptions(after).length === 0 ? found : null;
      const group = groupOf(topic);
      if (!named && group.length > 0) {
        io.out(groupHelp(group));
        return EXIT.done;
      }
      if (!named && topic.length > 0) throw usageError(unknownCommand(topic));
      io.out(named ? withExitCodes(usageOf(named), named) : withExitCodes(usageText()));
      return EXIT.done;
    }
    if (VERSION_WORDS.has(first)) {
      // Options change no version, as no help (a script's `--data-dir DIR`); a word is refused, as by every command.
      const extra = pastOptions(afterFirst);
      if (extra.length > 0) {
        throw usageError(`cadence ${first} takes nothing after it, not ${quotedWords(extra)}.`);
      }
      io.out(`Cadence ${io.version ?? APP_VERSION}`);
      return EXIT.done;
    }
    const command = findCommand(args);
    // `cadence import --help` (options before it or not): the word needs one of its commands, whose help is what
    // was asked for.
    const words = pastOptions(args);
    const [, second = '-'] = words;
    const group = second.startsWith('-') ? groupOf(words.slice(0, 1)) : [];
    if (!command && group.length > 0 && words.some((a) => a === '--help' || a === '-h')) {
      io.out(groupHelp(group));
      return EXIT.done;
    }
    if (!command) throw usageError(unknownCommand(args));
    usage = usageOf(command);
    const rest = args.slice(command.words.length);
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: command.options,
        allowPositionals: true,
        strict: true,
        tokens: true,
      });
    } catch (error) {
      throw usageError(parseMistake(error as Error, rest));
    }
    if (parsed.values.help) {
      io.out(withExitCodes(usage, command));
      return EXIT.done;
    }
    refuseRepeated(command, parsed.tokens);
    // `--data-dir "$DIR"` with DIR unset: an empty value is never taken for "not given" (the app's own folder, or
    // for --remote a team that is not shared).
    const empty = Object.entries(parsed.values).find(([, value]) => typeof value === 'string' && value.trim() === '');
    if (empty) {
      throw usageError(
        `--${empty[0]} is empty: give it a value (a variable in the script may be unset). Nothing was changed.`,
      );
    }
    // The same mistake through the environment (`CADENCE_DATA_DIR="$DIR" cadence …`): not the app's own folder.
    if (parsed.values['data-dir'] === undefined && io.env.CADENCE_DATA_DIR?.trim() === '') {
      throw usageError(
        'CADENCE_DATA_DIR is empty: give it the data folder, or unset it for the app’s own (a variable in the script may be unset). Nothing was changed.',
      );
    }
    if (parsed.positionals.length !== command.positionals) throw usageError(filesMistake(command, parsed.positionals));
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
