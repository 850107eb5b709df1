import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';

function readCsv(text: string) {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!read.ok) throw new Error(read.message);
  return read.read;
}

describe('an export with a "sep=" line, as written for Excel', () => {
  it('is read with the separator the line names, its header the row after it (row 1, as Excel shows it)', () => {
    const read = readCsv('sep=;\r\nTitle;Key;Labels\r\nRotate the pager;K-1;oncall,pager\r\n\r\nPatch;K-2;\r\n');
    expect(read.table.header).toEqual(['Title', 'Key', 'Labels']);
    expect(read.rows.map((r) => [r.row, r.title, r.key, r.labels, r.skip])).toEqual([
      [2, 'Rotate the pager', 'K-1', ['oncall', 'pager'], null],
      [4, 'Patch', 'K-2', [], null],
    ]);
  });
});

describe('a row with more cells than the header has columns', () => {
  it('says the cells past the last column are left out, quoting the first, so the shift is seen', () => {
    const read = readCsv('Title,Key\nFix a, b and c,K-1\nPatch,K-2,,\nRotate,K-3,x,y\n');
    expect(read.rows.map((r) => [r.row, r.title, r.notes])).toEqual([
      [2, 'Fix a', ['1 cell past the last column left out (“K-1”): a comma outside quotes shifts the cells after it']],
      [3, 'Patch', []],
      [
        4,
        'Rotate',
        ['2 cells past the last column left out (“x”, …): a comma outside quotes shifts the cells after it'],
      ],
    ]);
  });
});
