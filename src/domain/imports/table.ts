import Papa from 'papaparse';

/** A CSV or TSV export as a header and rows of cells; columns are kept by position (Jira repeats headers). */
export interface ParsedTable {
  header: string[];
  rows: TableRow[];
  problems: RowProblem[];
}

export interface TableRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
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
 * Reads an export with papaparse, in chunks so a caller can report progress; the delimiter (comma, tab,
 * semicolon) is guessed from the text. Any input gives a table: broken quoting becomes a problem of its row.
 */
export function parseTable(text: string, options: ParseOptions = {}): ParsedTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const all: string[][] = [];
  const problems: RowProblem[] = [];
  const unclosed = new Set<number>();
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
    chunkSize: options.chunkSize ?? DEFAULT_CHUNK,
    chunk: (result: Papa.ParseResult<string[]>) => {
      const offset = all.length;
      for (const error of result.errors) {
        if (error.type === 'Delimiter') continue; // one column: read as such
        const row = (error.row ?? 0) + offset + 1;
        if (error.code === 'MissingQuotes') unclosed.add(row);
        problems.push({ row, message: `the file's quoting is broken near here (${error.message})` });
      }
      for (const cells of result.data) all.push(cells);
      options.onProgress?.(body.length === 0 ? 1 : Math.min(1, result.meta.cursor / body.length));
    },
    // Called synchronously at the end for text input; the rows were collected chunk by chunk.
    complete: () => undefined,
  });
  const [header = [], ...rest] = all;
  return {
    header: header.map((h) => h.trim()),
    rows: rest.map((cells, i) =>
      unclosed.has(i + 2)
        ? { row: i + 2, cells, unclosedQuote: { linesAfter: linesIn(cells.at(-1) ?? '') } }
        : { row: i + 2, cells },
    ),
    problems,
  };
}

/** Line breaks inside a cell's text, a line break at its end not counted. */
const linesIn = (text: string) => text.trimEnd().split(/\r\n|\r|\n/).length - 1;
