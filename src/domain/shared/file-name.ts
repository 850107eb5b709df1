/**
 * The most bytes a slug takes in UTF-8. A file name may hold 255 bytes on Linux and macOS (255 UTF-16 units on
 * Windows): a long title in Chinese or Japanese (3 bytes a letter) cut by characters alone made a name the save
 * refused. This leaves room for what callers put around the slug (a date, "sprint-report-", the extension).
 */
const MAX_SLUG_BYTES = 200;

/**
 * A file-name-safe slug of a title ("Sprint 12: TLS!" → "sprint-12-tls"), or the fallback when nothing is left.
 * Letters of any script are words ("Ретро спринта 7" → "ретро-спринта-7"); an accent is dropped from its letter
 * ("Rétro Süd" → "retro-sud"), never the letter with it. At most `maxLength` characters and MAX_SLUG_BYTES bytes.
 */
export function slugOf(title: string, fallback: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  // By characters, not UTF-16 units: a cut never splits a letter outside the BMP.
  const kept: string[] = [];
  let bytes = 0;
  for (const letter of Array.from(words).slice(0, maxLength)) {
    bytes += utf8Length(letter);
    if (bytes > MAX_SLUG_BYTES) break;
    kept.push(letter);
  }
  const slug = kept.join('').replace(/-$/, '');
  return slug || fallback;
}

/** Bytes of one character (one code point) in UTF-8. */
function utf8Length(letter: string): number {
  const code = letter.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
