import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import { parseTable } from '../../../src/domain/imports/table';

function readCsv(text: string) {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!read.ok) throw new Error(read.message);
  return read.read;
}

/** Blank lines are rows of a spreadsheet too: a message names the row the spreadsheet shows (header: row 1). */
describe('row numbers of a file with blank lines', () => {
  const text = 'Title,Key\n\nAlpha,K-1\n\n\n,K-2\nGamma,K-1\n';

  it('name the spreadsheet row in the preview, a skip and a repeated key', () => {
    const rows = readCsv(text).rows;
    expect(rows.map((r) => [r.row, r.title, r.skip])).toEqual([
      [3, 'Alpha', null],
      [6, '', 'no title'],
      [7, 'Gamma', 'same key K-1 as row 3'],
    ]);
  });

  it('are the same when the file is read in small chunks', () => {
    expect(parseTable(text, { chunkSize: 7 }).rows.map((r) => r.row)).toEqual([3, 6, 7]);
  });

  it('a quote never closed after a blank line refuses the file, naming the row by its spreadsheet number', () => {
    const read = readExport('export.csv', new TextEncoder().encode('Title,Key\n\nAlpha,K-1\nBeta,"K-2\nGamma,K-3\n'), {
      scale: 'fibonacci',
      site: '',
    });
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(/^export\.csv: row 4 opens a quote that is never closed, so the 1 line after it /),
    });
  });

  it('a quote never closed in the header row refuses the file, naming the header by its spreadsheet number', () => {
    // With the title column found (Summary) the rows were lost in the header's last cell: "nothing to import".
    const read = readExport('export.csv', new TextEncoder().encode('\nSummary,"Issue key\nAlpha,K-1\n'), {
      scale: 'fibonacci',
      site: '',
    });
    expect(read).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^export\.csv: the header row \(row 2\) opens a quote that is never closed, so the 1 line after it /,
      ),
    });
  });

  it('a semicolon-separated file with blank lines is still read by its semicolons', () => {
    const read = readCsv('Title;Key\n\nAlpha;K-1\n\nBeta;K-2\n');
    expect(read.rows.map((r) => [r.row, r.title, r.key])).toEqual([
      [3, 'Alpha', 'K-1'],
      [5, 'Beta', 'K-2'],
    ]);
  });
});

/** A spreadsheet's empty first row is written as a row of blank cells (`,,,,`): it is a row, not the header. */
describe('a row of blank cells above the header', () => {
  it('is not the header; the rows under the header keep their spreadsheet numbers in every message', () => {
    const read = readCsv(',,,,\n"",""\nTitle,Key\nAlpha,K-1\n,K-2\nGamma,K-1\n');
    expect(read.table.header).toEqual(['Title', 'Key']);
    expect(read.rows.map((r) => [r.row, r.title, r.skip])).toEqual([
      [4, 'Alpha', null],
      [5, '', 'no title'],
      [6, 'Gamma', 'same key K-1 as row 4'],
    ]);
  });

  it('written with another separator than the file: a TSV under a ",,,," row keeps its columns', () => {
    const read = readCsv(',,,,\nTitle\tKey\tType\nAlpha\tK-1\tTask\n\nBeta\tK-1\tBug\n');
    expect(read.table.header).toEqual(['Title', 'Key', 'Type']);
    expect(read.rows.map((r) => [r.row, r.title, r.type, r.skip])).toEqual([
      [3, 'Alpha', 'task', null],
      [5, 'Beta', 'bug', 'same key K-1 as row 3'],
    ]);
  });

  it('under the header, written with another separator than the file, is a blank row too: no item ",,,,"', () => {
    const tsv = readCsv('Title\tKey\n,,,,\nAlpha\tK-1\n;;\n');
    expect(tsv.rows.map((r) => [r.row, r.title])).toEqual([[3, 'Alpha']]);
    const csv = readCsv('Title,Key\n\t\t\t\nAlpha,K-1\n;;;;\nBeta,K-2\n');
    expect(csv.rows.map((r) => [r.row, r.title])).toEqual([
      [3, 'Alpha'],
      [5, 'Beta'],
    ]);
  });
});
