/**
 * Markdown a person wrote (notes, a sprint goal), made unable to run into what follows it in a document, else
 * kept as written. Two constructs would otherwise swallow the rest of a report: a code fence left open, and an
 * HTML block that never ends (`<!--` without `-->`, `<pre>` without `</pre>`…). The fence is closed; the HTML
 * block's opening `<` is escaped, so it shows as typed and the lines after it read as the Markdown they are.
 * The rules follow CommonMark as marked reads them: up to three spaces of indent, fences of three or more
 * backticks or tildes closed by the same mark at least as long, HTML blocks of kinds 1 to 5 (the others end
 * at a blank line, which every block of a report is followed by).
 */
export function selfContainedMarkdown(markdown: string): string {
  let text = markdown;
  for (;;) {
    const open = openAtEnd(text.split(/\r?\n/));
    if (open === null) return text;
    if (open.kind === 'fence') return `${text.replace(/\n+$/, '')}\n${open.mark}`;
    const lines = text.split(/\r?\n/);
    lines[open.line] = (lines[open.line] ?? '').replace('<', '\\<');
    // Lines the HTML block held may open something of their own now: look again.
    text = lines.join('\n');
  }
}

/** Kinds 1 to 5 of CommonMark HTML blocks: how each starts and what ends it. */
const HTML_BLOCKS: { start: RegExp; end: (start: RegExpExecArray) => RegExp }[] = [
  { start: /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, end: (m) => new RegExp(`</${m[1] ?? ''}>`, 'i') },
  // `<!-->` and `<!--->` are whole (empty) comments.
  { start: /^ {0,3}<!--(?!-?>)/, end: () => /-->/ },
  { start: /^ {0,3}<\?/, end: () => /\?>/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: () => /\]\]>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: () => />/ },
];

export type Open = { kind: 'fence'; mark: string } | { kind: 'html'; line: number; end: RegExp };

/** What is still open after the last line: a fence (its mark), an HTML block (its first line), or nothing. */
function openAtEnd(lines: string[]): Open | null {
  let open: Open | null = null;
  for (const [index, line] of lines.entries()) open = readLine(open, line, index).open;
  return open;
}

/**
 * One line read after what was open before it: what is open after it, and whether the line is part of a fence or
 * an HTML block (its opening or closing line included) rather than text.
 */
export function readLine(before: Open | null, line: string, index: number): { open: Open | null; block: boolean } {
  if (before?.kind === 'fence') {
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
    const closes = m?.[1] && m[1][0] === before.mark[0] && m[1].length >= before.mark.length;
    return { open: closes ? null : before, block: true };
  }
  if (before?.kind === 'html') return { open: before.end.test(line) ? null : before, block: true };
  const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (fence?.[1] && !(fence[1].startsWith('`') && fence[2]?.includes('`'))) {
    return { open: { kind: 'fence', mark: fence[1] }, block: true };
  }
  for (const kind of HTML_BLOCKS) {
    const m = kind.start.exec(line);
    if (!m) continue;
    // The block may end on the line it starts on, after its opening.
    const end = kind.end(m);
    return { open: end.test(line.slice(m[0].length)) ? null : { kind: 'html', line: index, end }, block: true };
  }
  return { open: null, block: false };
}
