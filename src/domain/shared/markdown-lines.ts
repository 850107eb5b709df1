import { readLine, selfContainedMarkdown, type Open } from './markdown-blocks';

/**
 * Markdown a person typed in a box, for a Markdown file: self-contained (see selfContainedMarkdown), and every
 * line typed on a line of its own kept there. The screens and the HTML report render it with `breaks: true`,
 * where a single line break shows as one; a wiki or GitHub joins such lines into one paragraph. So a line that
 * a paragraph (a list item's, a quote's) continues on the next ends with two spaces, a hard break: where a
 * tool does not read it (Slack, Jira), nothing shows, where a `\` would. Code (fenced, indented, a code span),
 * HTML, headings and tables stay as typed, and so does a line the next one ends anyway (a list item, a rule…);
 * where it cannot be told, the line is left as typed.
 */
export function markdownKeepingLines(markdown: string): string {
  const lines = selfContainedMarkdown(markdown).split(/\r?\n/);
  const prose = proseLines(lines);
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (prose[start] && prose[end + 1]) end += 1;
    if (prose[start]) keepRunLines(lines, start, end);
    start = end + 1;
  }
  return lines.join('\n');
}

/** A line's quote depth (`> > `, at most `max` deep) and what it says after those quote marks. */
function quoted(line: string, max = Infinity): { depth: number; text: string } {
  let depth = 0;
  let text = line;
  for (let m = /^ {0,3}> ?/.exec(text); m && depth < max; m = /^ {0,3}> ?/.exec(text)) {
    depth += 1;
    text = text.slice(m[0].length);
  }
  return { depth, text };
}

/** Which lines are text a paragraph could hold: neither blank, nor code or HTML in a fence or an HTML block. */
function proseLines(lines: readonly string[]): boolean[] {
  let open: Open | null = null;
  let openDepth = 0;
  const prose: boolean[] = [];
  for (const [index, raw] of lines.entries()) {
    // In a fence or an HTML block, a `>` past its own quote's is its text; the block ends with its quote.
    let { depth, text } = quoted(raw, open ? openDepth : Infinity);
    if (open && depth < openDepth) {
      open = null;
      ({ depth, text } = quoted(raw));
    }
    const read = readLine(open, text, index);
    // HTML blocks of kinds 6 (`<div>`, `</details>`…) and 7 (any tag alone on its line, but not in a paragraph)
    // hold the lines up to a blank one: they stay as typed, and a fence there is text.
    const afterText = index > 0 && prose[index - 1] === true;
    const html = !read.block && (BLOCK_TAG.test(text) || (!afterText && LONE_TAG.test(text)));
    const next: Open | null = html ? { kind: 'html', line: index, end: /^[ \t]*$/ } : read.open;
    if (next !== open) openDepth = depth;
    open = next;
    prose.push(!read.block && !html && text.trim() !== '');
  }
  return prose;
}

/** The tags of CommonMark HTML blocks of kind 6, which may start in the middle of a paragraph. */
const BLOCK_TAG = new RegExp(
  `^ {0,3}</?(${[
    'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl',
    'dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link',
    'main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th',
    'thead|title|tr|track|ul',
  ].join('|')})([ \t>]|/>|$)`,
  'i',
);
/** A tag alone on its line: an HTML block of kind 7. */
const LONE_TAG = /^ {0,3}(<[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;

const LIST_MARK = /^ {0,3}([-+*]|\d{1,9}[.)])([ \t]|$)/;
const HTML_START = /^ {0,3}</;
/** Lines that are a block of their own: the line before keeps its end, and so do they. */
const OWN_LINE = [
  /^ {0,3}#{1,6}([ \t]|$)/, // a heading
  /^ {0,3}(=+|-+)[ \t]*$/, // a heading's underline, or a rule
  /^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/, // a rule
];
const TABLE_DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*$/;

/** Adds a hard break to each line of lines[start..end] (a run of prose lines) that the next line continues. */
function keepRunLines(lines: string[], start: number, end: number): void {
  const raw = lines.slice(start, end + 1);
  const texts = raw.map((line) => quoted(line));
  // Indented code, an HTML block, or a table: every line of it stays as typed.
  const first = texts[0]?.text ?? '';
  if (/^( {4}|\t)/.test(first) || HTML_START.test(first)) return;
  if (texts.some((t) => t.text.includes('|') && TABLE_DELIMITER.test(t.text))) return;
  // HTML may start a block that runs to the next blank line: from there on, the lines stay as typed.
  const html = texts.findIndex((t) => HTML_START.test(t.text));
  const last = html === -1 ? texts.length - 1 : html - 1;
  // After a heading or a rule, an indented line starts a code block (after a paragraph's line it goes on with it).
  const code: boolean[] = [];
  texts.forEach((t, i) => {
    const before = texts[i - 1];
    code.push(/^( {4}|\t)/.test(t.text) && !!before && (!!code[i - 1] || OWN_LINE.some((re) => re.test(before.text))));
  });
  // Where a paragraph ends (a heading, a rule, a new list item or quote, code), the line keeps its end.
  const ends = texts.map((here, i) => {
    const next = texts[i + 1];
    if (!next || code[i] || code[i + 1] || (next.depth !== here.depth && next.depth !== 0)) return true;
    if (OWN_LINE.some((re) => re.test(here.text) || re.test(next.text)) || LIST_MARK.test(next.text)) return true;
    // A list item with no text yet: its text starts on the next line.
    return /^ {0,3}([-+*]|\d{1,9}[.)])[ \t]*$/.test(here.text);
  });
  let from = 0;
  ends.forEach((end, to) => {
    if (!end) return;
    // Each paragraph's lines, but where a code span runs on to the next line (its end may lie past what looks
    // like the paragraph's end: "2) two" or "===" go on a paragraph, so the rest of the lines count).
    const inCode = codeSpanOpenAtLineEnds(raw.slice(from));
    for (let i = from; i < Math.min(to, last); i += 1) {
      const line = raw[i] ?? '';
      // Two spaces or an unescaped `\` at its end: a hard break already.
      if (inCode[i - from] || / {2,}$/.test(line) || /(^|[^\\])(\\\\)*\\$/.test(line)) continue;
      lines[start + i] = `${line.replace(/[ \t]+$/, '')}  `;
    }
    from = to + 1;
  });
}

/** For each line, whether a code span is still open at its end (a hard break there would be code). */
function codeSpanOpenAtLineEnds(lines: readonly string[]): boolean[] {
  const text = lines.join('\n');
  const runs = [...text.matchAll(/(\\*)(`+)/g)].map((m) => ({
    at: m.index + (m[1] ?? '').length,
    length: (m[2] ?? '').length,
    // An odd run of backslashes escapes the first backtick, so a span opens with one fewer (none in a span).
    escaped: (m[1] ?? '').length % 2 === 1,
  }));
  const spans: [number, number][] = [];
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i];
    const opens = run ? run.length - (run.escaped ? 1 : 0) : 0;
    const close = runs.findIndex((r, k) => k > i && r.length === opens);
    if (!run || opens === 0 || close === -1) continue;
    spans.push([run.at, runs[close]?.at ?? run.at]);
    i = close;
  }
  let offset = -1;
  return lines.map((line) => {
    offset += line.length + 1;
    return spans.some(([from, to]) => from < offset && offset < to);
  });
}
