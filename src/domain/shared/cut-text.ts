/**
 * Cutting text to a limit without breaking a character as a reader sees it. The schemas' limits count UTF-16
 * code units (a string's length), so `text.slice(0, max)` can end inside an emoji (half a surrogate pair, part
 * of a 👩‍💻 sequence or a flag) or leave a letter without its combining accent. These cut between grapheme
 * clusters instead, and never past `max` code units.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` cut to at most `max` code units, between whole characters; the same string when it fits. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  // One character longer than the limit (a letter under hundreds of combining marks) would leave nothing: what
  // fits of it is kept, cut between code points, so a title is not emptied and no emoji is halved.
  if (end === 0) end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** `text` within `max` code units, ending with "…" when it had to be shortened, so a reader sees it was. */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutText(text, max - 1).trimEnd()}…`;
}
