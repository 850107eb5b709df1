import type { CliIo } from './io';

/**
 * Text from input files (an event's title, a cell quoted in a reason) reaches the terminal through what a
 * command prints. Control characters in it would be obeyed there: ESC sequences retitle the window, clear the
 * screen or colour what follows, and a CR overwrites the line. They are shown as `\xNN` instead; line breaks
 * and tabs stay, since the command's own messages use them.
 */

// C0 but tab and line feed, DEL, and C1 (U+0080–U+009F, which some terminals obey as ESC sequences).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const escaped = (char: string) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

export function terminalText(text: string): string {
  return text.replace(CONTROL, escaped);
}

/**
 * Text from the data printed inside one line a script reads line by line (a sync conflict's values): its line
 * breaks shown as `\n` and `\r`, so one record stays one line.
 */
export function oneLine(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** The io a command prints through, with every line passed through terminalText. */
export function terminalSafe(io: CliIo): CliIo {
  return { ...io, out: (line) => io.out(terminalText(line)), err: (line) => io.err(terminalText(line)) };
}
