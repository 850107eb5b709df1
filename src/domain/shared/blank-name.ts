/**
 * What shows nothing on a screen: spaces and controls, format characters (zero-width space, word joiner, soft
 * hyphen, byte order mark, direction marks…), combining marks with no letter to sit on, and the blank letters
 * (Hangul fillers, the braille blank).
 */
const NOTHING_SHOWN = /^[\s\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/**
 * Whether a person's name would show as blank: trimming leaves "\u200b" or "\u00ad", a name nobody can see on
 * the shared screen's list or a picker. One rule for a team member's name and a room guest's, on the phone too
 * (which keeps zod out: so this module imports nothing).
 */
export function isBlankName(name: string): boolean {
  return NOTHING_SHOWN.test(name);
}
