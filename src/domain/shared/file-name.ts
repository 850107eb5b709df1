/**
 * A file-name-safe slug of a title ("Sprint 12: TLS!" → "sprint-12-tls"), or the fallback when nothing is left.
 * Letters of any script are words ("Ретро спринта 7" → "ретро-спринта-7"); an accent is dropped from its letter
 * ("Rétro Süd" → "retro-sud"), never the letter with it.
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
  const slug = Array.from(words).slice(0, maxLength).join('').replace(/-$/, '');
  return slug || fallback;
}
