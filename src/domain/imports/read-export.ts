import { checkImportFile } from './file-check';
import { mapRows, normalizeSite, type ImportRow } from './map-rows';
import { defaultMapping, recognizeProduct, type ImportMapping } from './products';
import type { ImportProduct } from './source';
import { parseTable, type ParseOptions, type ParsedTable, type RowProblem } from './table';
import type { PointScale } from '../team/scales';
import { plural } from '../shared/words';

/** An export read and recognized, ready for a preview: the table, the product, its mapping, the rows. */
export interface ReadExport {
  table: ParsedTable;
  product: ImportProduct;
  mapping: ImportMapping;
  rows: ImportRow[];
  problems: RowProblem[];
  /** The team's scale the rows' points were fitted to. */
  scale: PointScale;
}

export interface ReadOptions extends ParseOptions {
  scale: PointScale;
  site?: string;
  /** Overrides of the recognized product and its mapping, as the user set them. */
  product?: ImportProduct;
  mapping?: ImportMapping;
}

/**
 * A quote never closed takes the rest of the file into one cell: the rows after it cannot be told from that cell's
 * text (a stray quote, or a file cut short inside a description). The file is refused whole, on the screen and on
 * the command line alike, naming the row that opens the quote, rather than previewed or imported up to that row
 * with the rest left out. Null for a file whose quotes all close.
 */
function unclosedQuoteRefusal(fileName: string, table: ParsedTable): string | null {
  // A header whose quote never closes took every row into its last cell: said as such, not as a file with no
  // title column or no rows.
  const row = table.rows.find((r) => r.unclosedQuote);
  const opener = table.headerUnclosedQuote
    ? { where: `the header row (row ${table.headerUnclosedQuote.row})`, ...table.headerUnclosedQuote }
    : row?.unclosedQuote && { where: `row ${row.row}`, ...row.unclosedQuote };
  if (!opener) return null;
  const { where, linesAfter } = opener;
  const taken = linesAfter > 0 ? `, so the ${plural(linesAfter, 'line')} after it cannot be told from its text` : '';
  return (
    `${fileName}: ${where} opens a quote that is never closed${taken}. ` +
    'Close the quote in the file (or take it out) and import again. Nothing was imported.'
  );
}

/**
 * The whole pure path from a file's bytes to the rows a preview shows (and the command line imports): the
 * check, papaparse (a quote never closed refuses the file), the product, the mapping. Refusals come back as a
 * message, never as an exception.
 */
export function readExport(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions,
): { ok: true; read: ReadExport } | { ok: false; message: string } {
  const checked = checkImportFile(fileName, bytes);
  if (!checked.ok) return checked;
  const table = parseTable(checked.text, options);
  if (table.header.every((h) => h === ''))
    return { ok: false, message: `${fileName} has no header row. Nothing was imported.` };
  const unclosed = unclosedQuoteRefusal(fileName, table);
  if (unclosed !== null) return { ok: false, message: unclosed };
  return { ok: true, read: remap(table, options) };
}

/** Maps a parsed table again (after the user changed the product, the mapping or the site). */
export function remap(table: ParsedTable, options: Omit<ReadOptions, keyof ParseOptions>): ReadExport {
  const product = options.product ?? recognizeProduct(table.header);
  const mapping = options.mapping ?? defaultMapping(product, table.header, options.scale);
  const rows = mapRows(table.header, table.rows, {
    product,
    mapping,
    scale: options.scale,
    site: normalizeSite(options.site ?? ''),
  });
  return { table, product, mapping, rows, problems: table.problems, scale: options.scale };
}
