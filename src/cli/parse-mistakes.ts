/**
 * Node's parseArgs refusals in the command line's own words. A script's `--team $TEAM --dry-run` with TEAM unset
 * (unquoted) hands the command `--team --dry-run`, which Node calls "ambiguous" and answers with a hint about
 * `--team=-XYZ`: the command says which option lost its value instead, as it does for one given empty. Node's words
 * are kept, to their first sentence, for any other refusal (an unknown option).
 */
export function parseMistake(error: Error, args: readonly string[]): string {
  const { message } = error;
  const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
  const unset = '(a variable in the script may be unset). Nothing was changed.';
  if (option && / argument is ambiguous/.test(message)) {
    const next = args[args.lastIndexOf(option) + 1] ?? '';
    return `${option} needs a value, but “${next}” follows it: give ${option} its value ${unset}`;
  }
  if (option && / argument missing/.test(message)) return `${option} needs a value: give it one ${unset}`;
  if (option && / does not take an argument/.test(message)) {
    const given = args.find((arg) => arg.startsWith(`${option}=`))?.slice(option.length + 1) ?? '';
    return `${option} takes no value, not “${given}”: give ${option} alone. Nothing was changed.`;
  }
  // Node's message goes on about positionals that start with "-": the first sentence says what is wrong.
  return message.replace(/\. To specify a positional argument.*$/s, '.');
}
