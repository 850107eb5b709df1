import Papa from 'papaparse';

/** Excel reads a CSV as UTF-8 (—, ·, curly quotes, accents) only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * A CSV file for spreadsheets: the header, then one line per row (a missing field is empty), with a BOM,
 * and every cell that starts like a formula (=, +, -, @, tab, return) escaped so it is shown, never run.
 */
export function toCsv<H extends string>(header: readonly H[], rows: readonly Partial<Record<H, string>>[]): string {
  const data = rows.map((row) => header.map((h) => row[h] ?? ''));
  return UTF8_BOM + Papa.unparse({ fields: [...header], data }, { escapeFormulae: true, newline: '\r\n' });
}
