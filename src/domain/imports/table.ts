import Papa from 'papaparse';

/** A CSV or TSV export as a header and rows of cells; columns are kept by position (Jira repeats headers). */
export interface ParsedTable {
  header: string[];
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

/** The export's separator (comma, tab, semicolon, bar), guessed from its first rows with blank lines left out. */
function guessDelimiter(body: string): string {
  const guess = Papa.parse<string[]>(body, {
    header: false,
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
  });
  return guess.meta.delimiter || ',';
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

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
  Papa.parse<string[]>(body, {
    header: false,
    // Papaparse numbers its errors by row with blank ones counted; left out here, they keep their numbers.
    skipEmptyLines: false,
    delimiter: sep?.[1] ?? guessDelimiter(body),
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
    chunk: (result: Papa.ParseResult<string[]>) => {
      for (const error of result.errors) {
        if (error.type === 'Delimiter') continue; // one column: read as such
        const row = (error.row ?? 0) + read + 1;
        if (error.code === 'MissingQuotes') unclosed.add(row);
        problems.push({ row, message: `the file's quoting is broken near here (${error.message})` });
      }
      result.data.forEach((cells, i) => {
        if (!isBlank(cells)) all.push({ row: read + i + 1, cells });
      });
      read += result.data.length;
      options.onProgress?.(body.length === 0 ? 1 : Math.min(1, result.meta.cursor / body.length));
    },
    // Called synchronously at the end for text input; the rows were collected chunk by chunk.
    complete: () => undefined,
  });
  const [header, ...rest] = all;
  return {
    header: (header?.cells ?? []).map((h) => h.trim()),
    rows: rest.map(({ row, cells }) =>
      unclosed.has(row) ? { row, cells, unclosedQuote: { linesAfter: linesIn(cells.at(-1) ?? '') } } : { row, cells },
    ),
    problems,
  };
}

/** Line breaks inside a cell's text, a line break at its end not counted. */
const linesIn = (text: string) => text.trimEnd().split(/\r\n|\r|\n/).length - 1;
