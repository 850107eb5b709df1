import { parseArgs } from 'node:util';
import type { CliCommand } from './commands';
import { CliError, EXIT, usageError } from './exit-codes';
import { importBacklogCommand } from './import-backlog';
import { importCalendarCommand } from './import-calendar';
import type { CliIo } from './io';
import { syncCommand } from './sync';

/** Every command; a new one is one more entry. */
export const COMMANDS: readonly CliCommand[] = [importBacklogCommand, importCalendarCommand, syncCommand];

export function usageText(): string {
  return ['Usage: cadence <command>', ...COMMANDS.map((c) => `  cadence ${c.usage}`)].join('\n');
}

/** The command the arguments start with, if any: the app uses this to decide whether to open a window. */
export function findCommand(args: readonly string[]): CliCommand | null {
  return COMMANDS.find((c) => c.words.every((w, i) => args[i] === w)) ?? null;
}

/** True when the arguments ask for a command rather than the app (`cadence import …`). */
export function isCliInvocation(args: readonly string[]): boolean {
  return COMMANDS.some((c) => args[0] === c.words[0]);
}

/** Runs a command line and answers its exit code; every failure is a message on stderr, never a stack trace. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = findCommand(args);
    if (!command) throw usageError(args.length === 0 ? 'No command given.' : `Unknown command: ${args.join(' ')}`);
    const rest = args.slice(command.words.length);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: command.options, allowPositionals: true, strict: true });
    } catch (error) {
      throw usageError((error as Error).message);
    }
    if (parsed.values.help) {
      io.out(`Usage: cadence ${command.usage}`);
      return EXIT.done;
    }
    if (parsed.positionals.length !== command.positionals) {
      throw usageError(`cadence ${command.words.join(' ')} takes ${command.positionals} file argument(s).`);
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values }, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.exitCode === EXIT.usage ? `${error.message}\n${usageText()}` : error.message);
      return error.exitCode;
    }
    io.err(`Cadence could not finish: ${(error as Error).message}`);
    return EXIT.error;
  }
}
