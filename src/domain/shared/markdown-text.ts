/**
 * A person's text as one line of Markdown that shows exactly what was typed. Only what Markdown would read
 * as syntax is escaped: a backslash before `<`, `~` or the `_` of `predict_linear` shows literally in Jira,
 * Confluence and Slack, so "p95 < 200 ms", "~5 min" and "predict_linear(x[6h], 3600)" stay as typed while
 * "*noise*", "<b>" and "[a](b)" are escaped. The rules follow CommonMark and GFM as marked reads them;
 * a property test renders random text with marked to hold them to that.
 */
export function inlineMarkdown(text: string): string {
  return inlineOnLine(text, text);
}

/**
 * One line of Markdown that holds several pieces of people's text (a title and its comment, an action and the card
 * it came from): `build` writes the line, passing each piece through the `asText` it is given. Each piece is
 * escaped as inlineMarkdown escapes it, except that a `*`, `~`, backtick or loose `_` alone in its piece is escaped
 * when another piece on the line holds one too: "Rotate *.log" and "/var/log/*" would otherwise pair into
 * emphasis across the words between them, and both stars would be lost.
 */
export function markdownLine(build: (asText: (text: string) => string) => string): string {
  const pieces: string[] = [];
  build((text) => {
    pieces.push(text);
    return text;
  });
  const all = pieces.join(' ');
  return build((text) => inlineOnLine(text, all));
}

/** `text` as inlineMarkdown writes it, its paired marks counted over `all`, the people's text of its whole line. */
function inlineOnLine(text: string, all: string): string {
  const together = all.replace(/\s+/g, ' ');
  let line = text.replace(/\s+/g, ' ').trim();
  // A backslash escapes ASCII punctuation, so only those backslashes need one of their own, and one at the end,
  // which the line may follow with punctuation of its own: "**C:\temp\**" would escape the closing star.
  line = line.replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\');
  // Code spans, emphasis and strikethrough need two delimiters; a lone one is text.
  for (const mark of ['`', '*', '~']) {
    if (together.split(mark).length > 2) line = line.split(mark).join(`\\${mark}`);
  }
  line = escapeUnderscores(line, looseUnderscores(together).length);
  if (/\][([]/.test(line)) line = line.replace(/([[\]])/g, '\\$1');
  line = line.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
  return escapeLineStart(line);
}

/** Where `line` has a `_` that is not inside a word (predict_linear, a__b): one that emphasis may use. */
function looseUnderscores(line: string): number[] {
  const loose: number[] = [];
  for (const m of line.matchAll(/_+/g)) {
    const before = line[m.index - 1] ?? ' ';
    const after = line[m.index + m[0].length] ?? ' ';
    const inWord = /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after);
    if (!inWord) for (let i = 0; i < m[0].length; i += 1) loose.push(m.index + i);
  }
  return loose;
}

/** `_` inside a word is never emphasis; the others are, once the line (`onLine` of them) has two. */
function escapeUnderscores(line: string, onLine: number): string {
  if (onLine < 2) return line;
  const at = new Set(looseUnderscores(line));
  return line
    .split('')
    .map((c, i) => (at.has(i) ? '\\_' : c))
    .join('');
}

/** What only counts at the start of a line: headings, quotes, lists, task boxes, rules, link definitions. */
function escapeLineStart(line: string): string {
  if (/^(#{1,6}|[-+*]|\d{1,9}[.)])(?= |$)/.test(line) || /^>/.test(line)) {
    return line.replace(/^(\d*)(.)/, '$1\\$2');
  }
  if (/^([-_])( *\1)+ *$/.test(line)) return `\\${line}`;
  if (/^\[([ xX]\](?= |$)|[^\]]*\]:)/.test(line)) return `\\${line}`;
  return line;
}

/** `line` (already escaped) with every `marks` character escaped that a backslash does not already escape. */
function escapeEvery(line: string, marks: RegExp): string {
  return line.replace(/\\*./g, (run) => {
    const mark = run.at(-1) ?? '';
    return (run.length - 1) % 2 === 0 && marks.test(mark) ? `${run.slice(0, -1)}\\${mark}` : run;
  });
}

/**
 * User text in bold (a name, a title): as inlineMarkdown (or the `asText` of its markdownLine), and every `*`,
 * which between `**` marks pairs even alone.
 */
export function strongText(text: string, asText: (text: string) => string = inlineMarkdown): string {
  return `**${escapeEvery(asText(text), /\*/)}**`;
}

/**
 * User text in italics (a retro column's prompt): as inlineMarkdown, its loose `_` counted with the `_` marks
 * around it, so one alone ("Name the _worst alert") is escaped rather than pairing with the closing mark.
 */
export function emphasisText(text: string): string {
  return `_${inlineOnLine(text, `_${text}_`)}_`;
}

/** User text as an image's alt text (a file name): as inlineMarkdown, and every bracket, since a lone `]` ends it. */
export function imageAltText(text: string): string {
  return escapeEvery(inlineMarkdown(text), /[[\]]/);
}

/**
 * User text as a Markdown heading's words: as inlineMarkdown, and a closing run of "#" kept as typed (a heading
 * drops " #" at its end as decoration: a slot called "Alert tuning #" would lose it).
 */
export function headingText(text: string): string {
  return inlineMarkdown(text).replace(
    /(^|\s)(#+)$/,
    (_, space: string, hashes: string) => space + hashes.replace(/#/g, '\\#'),
  );
}

/** User text in a Markdown table cell: as inlineMarkdown, and a `|` never splits the cell. */
export function tableCell(text: string): string {
  return inlineMarkdown(text).replace(/\|/g, '\\|');
}

/** Text as a code span (a command, an alert condition): shown verbatim, in a fixed-width font. */
export function codeSpan(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}

/**
 * A web address as a Markdown autolink. `<…>` ends at a space or `>`, and a table splits its cells at any
 * `|`, even inside a link, so those are percent-encoded: the same address to a browser, one link in one cell.
 */
export function autolink(url: string): string {
  return `<${url.replace(/[\s<>|]/g, (c) => encodeURIComponent(c))}>`;
}
