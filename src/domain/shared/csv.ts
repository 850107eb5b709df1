import Papa from 'papaparse';

/** Excel reads a CSV as UTF-8 (—, ·, curly quotes, accents) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * How a formula starts (OWASP's CSV Injection list: =, +, -, @, tab, return, line feed), unless the whole cell is
 * a plain signed number or percentage: "+50%", "-3", "-0.5", "+1,200". That is only a sign, digits, thousands
 * commas, one decimal point and a final %: no name, reference, operator, quote, space or separator, so a
 * spreadsheet can only read it as that number, and no part of it can start a cell of its own. Only the first
 * character matters: papaparse's own (`escapeFormulae: true`) is /^[=+\-@\t\r].*$/, whose `.*$` cannot cross a
 * line break, so a card of two lines starting with `=` went out unescaped. No `m` flag (`$` is the cell's end) and
 * no `g` flag, as papaparse calls test() on the same RegExp for every cell.
 */
const FORMULA_START = /^(?![+-](?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$)[=+\-@\t\r\n]/;

/**
 * A CSV file for spreadsheets: the header, then one line per row (a missing field is empty), with a BOM, and
 * every cell that starts like a formula (=, +, -, @, tab, return, line feed) escaped with a ' so it is shown,
 * never run. A plain signed number ("+50%", "-3") is written as it is: a rise reads like a fall.
 */
export function toCsv<H extends string>(header: readonly H[], rows: readonly Partial<Record<H, string>>[]): string {
  const data = rows.map((row) => header.map((h) => row[h] ?? ''));
  return UTF8_BOM + Papa.unparse({ fields: [...header], data }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
