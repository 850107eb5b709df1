import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';

function readCsv(text: string) {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!read.ok) throw new Error(read.message);
  return read.read.rows;
}

/** Two columns of one name: the row takes the first filled one, and says so when the other holds something else. */
describe('a field whose header is repeated', () => {
  it('names the Title column used, and the other one left out, in the row’s note', () => {
    const rows = readCsv('Title,Key,Title\nFix the backup,K-1,Fix backups\nRotate,K-2,\n,K-3,Patch\nSame,K-4, Same \n');
    expect(rows.map((r) => [r.row, r.title, r.notes])).toEqual([
      [2, 'Fix the backup', ['2 “Title” columns: title from column A; column C (“Fix backups”) left out']],
      [3, 'Rotate', []],
      [4, 'Patch', []],
      [5, 'Same', []],
    ]);
  });

  it('counts every other column left out, and does the same for a one-value field such as Description', () => {
    const rows = readCsv('Title,Description,Title,Title,Description\nA,one,B,C,two\n');
    expect(rows[0]?.notes).toEqual([
      '3 “Title” columns: title from column A; columns C (“B”), D (“C”) left out',
      '2 “Description” columns: description from column B; column E (“two”) left out',
    ]);
  });
});

describe('a header repeated many times', () => {
  it('names two of the columns left out and counts the rest, so the note stays short', () => {
    const titles = Array.from({ length: 30 }, (_, i) => `Title ${i} ${'x'.repeat(60)}`);
    const rows = readCsv(`${'Title,'.repeat(30)}Key\n${titles.join(',')},K-1\n`);
    const [note] = rows[0]?.notes ?? [];
    expect(note).toMatch(
      /^30 “Title” columns: title from column A; columns B \(“Title 1 x+…”\), C \(“Title 2 x+…”\), 27 more left out$/,
    );
    expect(note!.length).toBeLessThan(500);
  });
});
