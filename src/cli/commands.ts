import { wordList } from '../domain/shared/words';
import { usageError } from './exit-codes';
import type { CliIo } from './io';

/** One command: its words (`import backlog`), its options for node's parseArgs, and what it does. */
export interface CliCommand {
  words: readonly string[];
  usage: string;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  /** How many positional arguments follow the words (the file). */
  positionals: number;
  run(args: { positionals: string[]; values: Record<string, unknown> }, io: CliIo): Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  'dry-run': { type: 'boolean' },
  // `-h` after a command as well as before it (`cadence sync -h`), as `--help`.
  help: { type: 'boolean', short: 'h' },
} as const;

/** A string option's value, or undefined. */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Refuses, as a usage mistake, a command run without options it needs, naming only those not given
 * (`import calendar needs --team NAME and --kind …`): the FILE is checked before a command runs.
 * `needed`: each option's name and how the usage writes it.
 */
export function requireOptions(
  command: string,
  values: Record<string, unknown>,
  needed: readonly (readonly [name: string, shown: string])[],
): void {
  const missing = needed.filter(([name]) => stringOption(values, name) === undefined).map(([, shown]) => shown);
  if (missing.length === 0) return;
  throw usageError(`${command} needs ${wordList(missing)}.`);
}
