import type { CliStep } from './schema';

/**
 * The prompt a shell shows before a command, copied with it from a terminal window: "$ " ("$" alone when the copy
 * dropped its space), or bash's with who and where first ("ana@build-01:~/infra$ ", "[ana@build-01 infra]$ "), after
 * a Python environment's name ("(venv) "). A walkthrough draws its own, so one kept in the command would show as
 * "$ $ kubectl". A root shell's "# " is left alone: in a command it is a comment.
 */
const PROMPT = /^(?:\([^()\s]+\) )?(?:\[[^\]\n]*\]|[\w.-]+@[\w.-]+(?::\S*)?)?\$(?: +|$)/;
/** The prompt of a command's next line, after a line that ends with "\". */
const CONTINUATION = /^> ?/;

/** A command as the shell ran it: without the prompt it was copied with ("$ "), if any. */
export function withoutPrompt(command: string): string {
  return command.replace(/^[ \t]+/, '').replace(PROMPT, '');
}

/**
 * A terminal's text as a walkthrough's steps: each line that starts with the prompt is a command (with the lines it
 * continues on, "\" then "> "), and the lines up to the next prompt are its output. Null when the text does not start
 * with a prompt: a command alone, or output, pasted as it is.
 */
export function stepsFromTerminal(text: string): CliStep[] | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let at = lines.findIndex((line) => line.trim() !== '');
  if (at === -1 || !PROMPT.test(lines[at] ?? '')) return null;
  const steps: CliStep[] = [];
  while (at < lines.length) {
    let command = (lines[at++] ?? '').replace(PROMPT, '');
    while (command.endsWith('\\') && at < lines.length) command += `\n${(lines[at++] ?? '').replace(CONTINUATION, '')}`;
    const output: string[] = [];
    while (at < lines.length && !PROMPT.test(lines[at] ?? '')) output.push(lines[at++] ?? '');
    const step = { command: command.trimEnd(), output: output.join('\n').replace(/\s+$/, '') };
    // The prompt the copy ended on, waiting for the next command, is no step.
    if (step.command || step.output) steps.push(step);
  }
  return steps;
}
