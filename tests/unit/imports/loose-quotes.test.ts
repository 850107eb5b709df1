import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';

function read(text: string, fileName = 'export.tsv') {
  const answer = readExport(fileName, new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!answer.ok) throw new Error(answer.message);
  return answer.read;
}

const rowsOf = (text: string, fileName?: string) =>
  read(text, fileName).rows.map((r) => [r.row, r.title, r.key, r.skip]);

/**
 * Trackers that write TSV (and naive CSV writers) do not quote: a title that starts with a quote is text, not a
 * quoted cell. RFC 4180 quoting (Excel's) closes a quote only before a separator or a line end.
 */
describe('a cell that starts with a quote its writer did not close as quoting does', () => {
  it('is read as written in a TSV whose first title starts with a quote, and every row after it is its own', () => {
    const text = 'Title\tKey\tType\n"Fix" the backup job\tOPS-1\tTask\nRotate certs\tOPS-2\tTask\n';
    expect(read(text).table.header).toEqual(['Title', 'Key', 'Type']);
    expect(read(text).problems).toEqual([]);
    expect(rowsOf(text)).toEqual([
      [2, '"Fix" the backup job', 'OPS-1', null],
      [3, 'Rotate certs', 'OPS-2', null],
    ]);
  });

  it('keeps its columns when that row is the only one under the header', () => {
    expect(rowsOf('Title\tKey\n"Fix" the backup job\tOPS-1\n')).toEqual([[2, '"Fix" the backup job', 'OPS-1', null]]);
  });

  it('is read as written in a Jira TSV, in a CSV written without quoting, and mid-file', () => {
    expect(rowsOf('Issue key\tSummary\nOPS-1\t"Fix" the backup job\nOPS-2\tRotate certs\n')).toEqual([
      [2, '"Fix" the backup job', 'OPS-1', null],
      [3, 'Rotate certs', 'OPS-2', null],
    ]);
    expect(rowsOf('Title,Key\nPatch,K-1\n"Fix" the "backup" job,K-2\nRotate,K-3\n', 'export.csv')).toEqual([
      [2, 'Patch', 'K-1', null],
      [3, '"Fix" the "backup" job', 'K-2', null],
      [4, 'Rotate', 'K-3', null],
    ]);
  });

  it('leaves quoting as Excel writes it alone: doubled quotes, a separator or a line break inside quotes', () => {
    const text = 'Title\tKey\tDescription\n"""Fix"" the job"\tK-1\t"line 1\nline 2"\n"a\tb" \tK-2\t\n';
    const { rows, problems } = read(text);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.row, r.title, r.key, r.description])).toEqual([
      [2, '"Fix" the job', 'K-1', 'line 1\nline 2'],
      [3, 'a b', 'K-2', ''],
    ]);
  });

  it('still refuses a file in which a quote that opens a cell is never closed, saying so', () => {
    const answer = readExport('export.tsv', new TextEncoder().encode('Title\tKey\nAlpha\t"K-1\nBeta\tK-2\n'), {
      scale: 'fibonacci',
      site: '',
    });
    expect(answer).toEqual({
      ok: false,
      message: expect.stringMatching(/^export\.tsv: row 2 opens a quote that is never closed/),
    });
  });

  it('refuses a file whose quote never closes on a row that then reads as blank cells, naming that row', () => {
    const files: [string, string][] = [
      ['export.csv', 'Title,Key\nAlpha,K-1\n,"\n\n\n'],
      ['export.csv', 'Title,Key\r\nAlpha,K-1\r\n,"  \r\n  \r\n'],
      ['export.tsv', 'Title\tKey\nAlpha\tK-1\n\t"\t\t\n\t\n'],
    ];
    for (const [fileName, text] of files) {
      for (const chunkSize of [4, 1024]) {
        const answer = readExport(fileName, new TextEncoder().encode(text), {
          scale: 'fibonacci',
          site: '',
          chunkSize,
        });
        expect(answer).toEqual({
          ok: false,
          message: `${fileName}: row 3 opens a quote that is never closed. Close the quote in the file (or take it out) and import again. Nothing was imported.`,
        });
      }
    }
  });

  it('imports a quoted cell with line breaks and blank lines in it, closed later, and the rows after it', () => {
    const text = 'Title,Key,Description\nAlpha,K-1,"line 1\n\n  \nline 4"\n,,"\n\n"\nBeta,K-2,\n';
    for (const chunkSize of [4, 1024]) {
      const answer = readExport('export.csv', new TextEncoder().encode(text), {
        scale: 'fibonacci',
        site: '',
        chunkSize,
      });
      if (!answer.ok) throw new Error(answer.message);
      expect(answer.read.problems).toEqual([]);
      expect(answer.read.rows.map((r) => [r.row, r.title, r.key, r.description])).toEqual([
        [2, 'Alpha', 'K-1', 'line 1\n\n  \nline 4'],
        [4, 'Beta', 'K-2', ''],
      ]);
    }
  });
});
