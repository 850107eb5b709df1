import Papa from 'papaparse';
import { quoteLooseCells } from './loose-quotes';

/** A CSV or TSV export as a header and rows of cells; columns are kept by position (Jira repeats headers). */
export interface ParsedTable {
  header: string[];
  /**
   * A quote opened in the header row is never closed, so its last cell holds the rest of the file: the header's
   * row number and the lines after it that went there. Absent for a header read as written.
   */
  headerUnclosedQuote?: { row: number; linesAfter: number };
  rows: TableRow[];
  problems: RowProblem[];
}

export interface TableRow {
  /**
   * The row's number as a spreadsheet shows it (the header is row 1): blank lines count, a cell's own line
   * breaks do not.
   */
  row: number;
  cells: string[];
  /**
   * A quote opened in this row is never closed, so papaparse read the rest of the file into its last cell:
   * the number of lines after the row that went there. Absent for a row read as written.
   */
  unclosedQuote?: { linesAfter: number };
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface ParseOptions {
  /** Called after each chunk with the share of the text read (0…1), for a progress bar. */
  onProgress?: (fraction: number) => void;
  chunkSize?: number;
}

const DEFAULT_CHUNK = 1024 * 1024;

/**
 * A first line "sep=;" names the separator, for Excel, which does not show the line: the header after it is
 * the spreadsheet's row 1.
 */
const SEP_LINE = /^sep=(.)(\r\n|\r|\n)/i;

const SEPARATORS = [',', '\t', ';', '|'];

/** Papaparse's guess of the separator from the first rows (blank lines left out); null when none fits. */
function guessFrom(text: string): string | null {
  const guess = Papa.parse<string[]>(text, {
    header: false,
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: SEPARATORS,
  });
  return guess.errors.some((e) => e.code === 'UndetectableDelimiter') ? null : guess.meta.delimiter || null;
}

/** Enough of the text for a second guess's ten rows. */
const GUESS_SAMPLE = 64 * 1024;

/**
 * A line of separators, spaces and quotes only: a row of blank cells, written with whichever separator (a
 * spreadsheet's empty first row `,,,,` above a TSV's header).
 */
const BLANK_CELLS = /^[ \t,;|"]*$/;

/**
 * The export's separator (comma, tab, semicolon, bar), guessed from its first rows with blank lines left out.
 * When no separator fits the rows as quoted, the guess is made again with quotes read as text (a TSV's title
 * `"Fix" the job` opens no quoted cell there) and rows of blank cells left out, as blank lines are; that guess
 * counts only if the header has the separator (a one-column file stays one column).
 */
function guessDelimiter(body: string): string {
  const first = guessFrom(body);
  if (first) return first;
  const lines = body
    .slice(0, GUESS_SAMPLE)
    .split(/\r\n|\r|\n/)
    .filter((line) => !BLANK_CELLS.test(line))
    .map((line) => line.replaceAll('"', ''));
  const again = guessFrom(lines.join('\n'));
  return again && lines[0]?.includes(again) ? again : ',';
}

/**
 * A row with nothing in it: blank cells, or a line of separators only that the file's separator does not split (a
 * row of blank cells written with another separator than the file's: `,,,,` in a TSV reads as one cell of commas).
 * It is left out as a blank line is, never an item titled ",,,,". A row of several cells keeps them: one may be a
 * quoted `";"`.
 */
const isBlank = (cells: readonly string[]) =>
  cells.every((c) => c.trim() === '') || (cells.length === 1 && BLANK_CELLS.test(cells[0] ?? ''));

/**
 * Reads an export with papaparse, in chunks so a caller can report progress; the delimiter (comma, tab,
 * semicolon) is guessed from the text. Any input gives a table: broken quoting becomes a problem of its row.
 * Blank lines are read as rows and then left out, so each row keeps the number a spreadsheet shows it by
 * (the header is row 1; a cell's own line breaks do not count).
 */
export function parseTable(text: string, options: ParseOptions = {}): ParsedTable {
  const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const sep = SEP_LINE.exec(unmarked);
  const body = sep ? unmarked.slice(sep[0].length) : unmarked;
  const all: { row: number; cells: string[] }[] = [];
  const problems: RowProblem[] = [];
  const unclosed = new Set<number>();
  let read = 0;
  const delimiter = sep?.[1] ?? guessDelimiter(body);
  // Cells that start with a quote but are no quoted cells (a TSV's `"Fix" the job`) are read as written.
  const quoted = quoteLooseCells(body, delimiter);
  Papa.parse<string[]>(quoted, {
    header: false,
    // Papaparse numbers its errors by row with blank ones counted; left out here, they keep their numbers.
    skipEmptyLines: false,
    delimiter,
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const error of result.errors) {
        if (error.type === 'Delimiter') continue; // one column: read as such
        const row = (error.row ?? 0) + read + 1;
        if (error.code === 'MissingQuotes') unclosed.add(row);
        problems.push({ row, message: `the file's quoting is broken near here (${error.message})` });
      }
      result.data.forEach((cells, i) => {
        const row = read + i + 1;
        // A row whose quote never closes is kept even when what it took reads as blank: the file is refused by it.
        if (!isBlank(cells) || unclosed.has(row)) all.push({ row, cells });
      });
      read += result.data.length;
      options.onProgress?.(quoted.length === 0 ? 1 : Math.min(1, result.meta.cursor / quoted.length));
    },
    // Called synchronously at the end for text input; the rows were collected chunk by chunk.
    complete: () => undefined,
  });
  // The header is the first row with a name in it: a row of blank cells written with another separator than the
  // file's (`,,,,` above a TSV's header) is a blank row too, not a header of one column.
  const named = all.findIndex((r) => !r.cells.every((c) => BLANK_CELLS.test(c)));
  const [header, ...rest] = named === -1 ? [] : all.slice(named);
  const linesTaken = (row: number, cells: readonly string[]) =>
    unclosed.has(row) ? { linesAfter: linesIn(cells.at(-1) ?? '') } : null;
  const headerTaken = header && linesTaken(header.row, header.cells);
  return {
    header: (header?.cells ?? []).map((h) => h.trim()),
    ...(headerTaken && { headerUnclosedQuote: { row: header.row, ...headerTaken } }),
    rows: rest.map(({ row, cells }) => {
      const taken = linesTaken(row, cells);
      return taken ? { row, cells, unclosedQuote: taken } : { row, cells };
    }),
    problems,
  };
}

/** Line breaks inside a cell's text, a line break at its end not counted. */
const linesIn = (text: string) => text.trimEnd().split(/\r\n|\r|\n/).length - 1;
