import { describe, expect, it } from 'vitest';
import { checkImportFile, MAX_IMPORT_BYTES } from '../../../src/domain/imports/file-check';
import { readExport } from '../../../src/domain/imports/read-export';

const utf8 = (text: string) => new TextEncoder().encode(text);
const refusal = (name: string, bytes: Uint8Array) => {
  const result = checkImportFile(name, bytes);
  return result.ok ? null : result.message;
};

describe('checking an export before it is read', () => {
  it('decodes UTF-8 and drops the BOM Azure DevOps writes', () => {
    expect(checkImportFile('q.csv', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ID,Title\n1,Ä')]))).toEqual({
      ok: true,
      text: 'ID,Title\n1,Ä',
    });
  });

  it.each([
    ['UTF-16 with a BOM', 'u.csv', new Uint8Array([0xff, 0xfe, 0x49, 0, 0x44, 0]), /UTF-16/],
    ['UTF-16 without a BOM', 'u.csv', new Uint8Array([...'ID,Title\n'].flatMap((c) => [c.charCodeAt(0), 0])), /UTF-16/],
    ['Windows-1252', 'w.csv', new Uint8Array([...utf8('Title\nCaf'), 0xe9]), /Windows-1252/],
    ['binary', 'b.csv', new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47]), /binary/],
    ['an Excel workbook', 'b.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), /not a CSV|zip/],
    ['a workbook renamed .csv', 'b.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), /zip/],
    ['empty', 'e.csv', new Uint8Array(), /empty/],
    ['only blank lines', 'e.csv', utf8('\r\n\r\n  \n'), /empty/],
    ['JSON', 'j.csv', utf8('{"issues": []}'), /not a CSV/],
    ['a calendar', 'c.txt', utf8('BEGIN:VCALENDAR\r\n'), /not a CSV/],
    ['another extension', 'notes.docx', utf8('Title\nA'), /not a CSV or TSV/],
  ])('refuses %s with a message saying nothing was imported', (_what, name, bytes, message) => {
    const text = refusal(name, bytes);
    expect(text).toMatch(message);
    expect(text).toMatch(/Nothing was imported\.$/);
  });

  it('reads the extension from the file, not from a folder of the path the command line was given', () => {
    expect(checkImportFile('exports.q4/backlog', utf8('Title\nA')).ok).toBe(true);
    expect(checkImportFile('C:\\exports.q4\\backlog', utf8('Title\nA')).ok).toBe(true);
    expect(refusal('exports.q4/notes.docx', utf8('Title\nA'))).toBe(
      'exports.q4/notes.docx is not a CSV or TSV file. Export the backlog as CSV and pick that file. Nothing was imported.',
    );
  });

  it('refuses a file over 20 MB, and takes one of exactly 20 MB', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(refusal('big.csv', big)).toMatch(/20\.1 MB; Cadence imports files of up to 20 MB/);
    expect(checkImportFile('ok.csv', big.subarray(0, MAX_IMPORT_BYTES)).ok).toBe(true);
  });

  it('refuses a file with no header row through the reader too', () => {
    expect(readExport('x.csv', utf8(',,\n,,'), { scale: 'fibonacci' })).toMatchObject({ ok: false });
  });
});
