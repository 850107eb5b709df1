/**
 * The one reading of a number a person typed or a file holds (a form field, an import's points or
 * estimate). Cadence writes numbers with thousands commas ("1,000,000", "1,234.5"), so what is copied from
 * its screens reads back as itself, as does a spreadsheet's export; a European decimal comma works too.
 *
 * - commas before groups of exactly three digits are thousands separators: "1,200", "1,000,000", "1,200.5";
 * - a single comma followed by other than three digits is a decimal comma: "12,5", "0,25";
 * - plain digits with an optional "." decimal part and sign: "850", "0.5", ".5", "-7"; the sign may be the
 *   typographic minus Cadence writes a fall with ("−3", U+2212), so a figure copied from a change label reads back;
 * - anything else ("1.200,5", "1,20,000", "12 000", "0x10", "1e3", "Infinity") is not a number.
 */
const PLAIN = /^\d+(?:\.\d*)?$|^\.\d+$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^(\d+),(\d+)$/;

/** The number in the text, or null when it is empty or not written as a number. */
export function readTypedNumber(text: string): number | null {
  const trimmed = text.trim();
  const sign = /^[-\u2212]/.test(trimmed) ? -1 : 1;
  const digits = /^[+\-\u2212]/.test(trimmed) ? trimmed.slice(1) : trimmed;
  let plain: string | null = null;
  if (PLAIN.test(digits)) plain = digits;
  else if (THOUSANDS.test(digits)) plain = digits.replace(/,/g, '');
  else {
    const comma = DECIMAL_COMMA.exec(digits);
    if (comma && comma[2]?.length !== 3) plain = `${comma[1]}.${comma[2]}`;
  }
  if (plain === null) return null;
  const n = sign * Number(plain);
  return Number.isFinite(n) ? n : null;
}
