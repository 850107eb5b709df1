/**
 * Cutting text to a limit without breaking a character as a reader sees it. `text.slice(0, max)` can end inside
 * an emoji (half a surrogate pair, part of a 👩‍💻 sequence or a flag) or leave a letter without its combining
 * accent. These cut between grapheme clusters instead, and never past `max` code units (a string's length), so
 * what they keep fits a limit of `max` however the limit counts (the schemas count characters as a reader sees
 * them: `textLength` in text.ts).
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

/**
 * How many characters a reader sees in `text` (grapheme clusters: 👍🏽, 🇩🇪, a letter with its accent are one each).
 * Text with no character that can join another (all below U+0300, and no CR, which joins the LF after it) is
 * counted by its length, without the segmenter.
 */
export function seenLength(text: string): number {
  if (!canJoin(text)) return text.length;
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** True when `text` holds a CR or a character from U+0300 on (accents, emoji, joiners, other scripts). */
function canJoin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d || code >= 0x0300) return true;
  }
  return false;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** `text` within `max` code units, ending with "…" when it had to be shortened, so a reader sees it was. */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutText(text, max - 1).trimEnd()}…`;
}
