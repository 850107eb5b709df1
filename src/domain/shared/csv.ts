import Papa from 'papaparse';

/** Excel reads a CSV as UTF-8 (—, ·, curly quotes, accents) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * How a formula starts. Papaparse's own (`escapeFormulae: true`) is /^[=+\-@\t\r].*$/, and without the `s` flag
 * `.*$` cannot cross a line break: a card or impact of two lines starting with `=` went out unescaped. Only
 * the first character matters; no `g` flag, as papaparse calls test() on the same RegExp for every cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV file for spreadsheets: the header, then one line per row (a missing field is empty), with a BOM,
 * and every cell that starts like a formula (=, +, -, @, tab, return) escaped so it is shown, never run.
 */
export function toCsv<H extends string>(header: readonly H[], rows: readonly Partial<Record<H, string>>[]): string {
  const data = rows.map((row) => header.map((h) => row[h] ?? ''));
  return UTF8_BOM + Papa.unparse({ fields: [...header], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
