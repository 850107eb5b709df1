/** Checks a backlog export's bytes before parsing: what is refused, and why, in words a person can act on. */
import { fileSize } from '../shared/file-size';

/** Bigger files are refused; a 20 MB export is about 10,000 issues with every field. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type FileCheck = { ok: true; text: string } | { ok: false; message: string };

const EXTENSIONS = ['.csv', '.tsv', '.txt'];
const refuse = (message: string): { ok: false; message: string } => ({
  ok: false,
  message: `${message} Nothing was imported.`,
});

/** Magic numbers of files people pick by mistake instead of the CSV export. */
function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip file (an Excel workbook is one): export CSV instead';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel workbook (.xls): export CSV instead';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF';
  return null;
}

/**
 * UTF-16 text has a byte-order mark, or a NUL beside most ASCII letters: on one side of them only. A program or
 * an image has NULs on both (runs of zero bytes), and is binary, not text in another encoding.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (starts2(bytes, 0xff, 0xfe) || starts2(bytes, 0xfe, 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let nulAtOdd = 0;
  let nulAtEven = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) nulAtEven++;
      else nulAtOdd++;
    }
  }
  const half = sample.length / 2;
  const [most, fewest] = nulAtOdd > nulAtEven ? [nulAtOdd, nulAtEven] : [nulAtEven, nulAtOdd];
  return half > 0 && most > half * 0.4 && fewest < half * 0.1;
}

function starts2(bytes: Uint8Array, a: number, b: number): boolean {
  return bytes[0] === a && bytes[1] === b;
}

/**
 * A text file's bytes as UTF-8 (a leading BOM dropped), or what else they are: UTF-16, binary (a NUL byte), or not
 * UTF-8 (Windows-1252, as older Excel and Outlook save). Each import words the answer for its own files.
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { problem: null; text: string } | { problem: 'utf16' | 'binary' | 'not-utf8' } {
  if (looksUtf16(bytes)) return { problem: 'utf16' };
  if (bytes.includes(0)) return { problem: 'binary' };
  try {
    return { problem: null, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: 'not-utf8' };
  }
}

/**
 * What an export's name and size alone refuse, or null: the command line asks before it reads the file, so a file
 * of gigabytes picked by mistake is refused without being read.
 */
export function checkImportFileName(fileName: string, size: number): { ok: false; message: string } | null {
  // The extension is the file's own, not a folder's of the path the command line was given.
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).toLowerCase();
  // The name first: a workbook or an archive picked by mistake is told to be exported as CSV, whatever its size.
  if (name.includes('.') && !EXTENSIONS.some((ext) => name.endsWith(ext))) {
    return refuse(`${fileName} is not a CSV or TSV file. Export the backlog as CSV and pick that file.`);
  }
  if (size > MAX_IMPORT_BYTES) {
    return refuse(
      `${fileName} is ${fileSize(size)}; Cadence imports files of up to ${fileSize(MAX_IMPORT_BYTES)}. ` +
        'Export fewer issues at a time.',
    );
  }
  return null;
}

/**
 * Decodes an export's bytes as UTF-8 (a leading BOM dropped) or says why it cannot be imported: too large,
 * empty, binary, UTF-16, not UTF-8 (Windows-1252, as Excel saves "CSV"), or not a table at all.
 */
export function checkImportFile(fileName: string, bytes: Uint8Array): FileCheck {
  const named = checkImportFileName(fileName, bytes.length);
  if (named) return named;
  const binary = binaryKind(bytes);
  if (binary) return refuse(`${fileName} is ${binary}.`);
  const decoded = decodeUtf8(bytes);
  if (decoded.problem !== null) {
    return refuse(
      {
        utf16: `${fileName} is saved as UTF-16 (Excel's "Unicode text"). Save it as "CSV UTF-8" and try again.`,
        binary: `${fileName} is a binary file, not a CSV export.`,
        'not-utf8': `${fileName} is not UTF-8 (it looks like Windows-1252, as older Excel saves CSV). Save it as "CSV UTF-8" and try again.`,
      }[decoded.problem],
    );
  }
  const { text } = decoded;
  const trimmed = text.trim();
  if (trimmed === '') return refuse(`${fileName} is empty.`);
  if (/^(<|\{|\[|BEGIN:VCALENDAR)/i.test(trimmed)) {
    return refuse(`${fileName} is not a CSV export (it holds HTML, XML, JSON or a calendar).`);
  }
  return { ok: true, text };
}
