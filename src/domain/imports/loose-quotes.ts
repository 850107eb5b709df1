/**
 * Cells that start with a quote their writer did not mean as quoting. A tracker that writes TSV (and a naive CSV
 * writer) does not quote, so a title `"Fix" the backup job` is text; papaparse reads its quote as the start of a
 * quoted cell, and the rest of the file into it. Quoting as RFC 4180 (Excel) writes it closes a quote only before a
 * separator or a line end (doubled quotes inside): a cell whose first closing quote is followed by anything else
 * is no quoted cell, and is quoted here as written, so papaparse reads it as text. A quote never closed is left as
 * it is: papaparse reports it, and the file is refused naming its row (read-export.ts).
 */

/** What follows the quote that opens a cell at `open`: the index after a well-quoted cell, or why it is not one. */
function quotedCellEnd(text: string, open: number, separator: string): number | 'loose' | 'unclosed' {
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) return 'unclosed';
    if (text[close + 1] === '"') {
      from = close + 2;
      continue;
    }
    // Papaparse takes spaces between a closing quote and the separator.
    let after = close + 1;
    while (text[after] === ' ' && separator !== ' ') after++;
    const next = text[after];
    return next === undefined || next === separator || next === '\n' || next === '\r' ? after : 'loose';
  }
}

/** The end of a cell read as text: the next separator or line break. */
function plainCellEnd(text: string, start: number, separator: string): number {
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === separator || c === '\n' || c === '\r') return i;
  }
  return text.length;
}

/** The text with each loosely quoted cell quoted as written, so papaparse reads it as text; else the text itself. */
export function quoteLooseCells(text: string, separator: string): string {
  const parts: string[] = [];
  let copied = 0;
  let from = 0;
  for (;;) {
    const open = text.indexOf('"', from);
    if (open === -1) break;
    // A quote inside a cell read as text is text; only one that starts a cell opens quoting (well-quoted cells
    // are stepped over whole, so a separator found before a quote is never one inside quotes).
    const before = text[open - 1];
    if (open > 0 && before !== separator && before !== '\n' && before !== '\r') {
      from = open + 1;
      continue;
    }
    const end = quotedCellEnd(text, open, separator);
    if (end === 'unclosed') break;
    if (end === 'loose') {
      const stop = plainCellEnd(text, open, separator);
      parts.push(text.slice(copied, open), `"${text.slice(open, stop).replaceAll('"', '""')}"`);
      copied = from = stop;
    } else from = end;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}
