import { z } from 'zod';
import { LIMITS, textLength, tooLong } from './limits';

export { LIMITS, textLength, tooLong };

/**
 * Code points a character may take on average. The longest emoji (a couple with skin tones, a region's flag) take
 * up to ten; a character built of more (a letter under hundreds of accents) still cannot make a field huge.
 */
const POINTS_PER_CHARACTER = 10;

/**
 * The check of a text's length: at most `max` characters as a person sees them (`tooLong`, or `message`), and not
 * more code points than those could hold.
 */
export function withinLimit(what: string, max: number, message = tooLong(what, max)) {
  return (text: string, ctx: z.RefinementCtx) => {
    if (text.length <= max) return;
    if (textLength(text) > max) ctx.addIssue({ code: 'custom', message });
    else if ([...text].length > max * POINTS_PER_CHARACTER) {
      ctx.addIssue({ code: 'custom', message: `${what} is too long: it holds too many accents or joined symbols.` });
    }
  };
}

export function requiredText(what: string, max: number) {
  return z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, { error: `${what} cannot be empty.` })
    .superRefine(withinLimit(what, max));
}

export function optionalText(what: string, max: number) {
  return z.string().trim().superRefine(withinLimit(what, max));
}

/**
 * Text whose spacing is its meaning (command output with aligned columns): kept as typed, bar trailing space. Its
 * limit counts `shown(text)`, what a person sees of it (a terminal's output without its colour codes).
 */
export function verbatimText(what: string, max: number, shown: (text: string) => string = (text) => text) {
  return z
    .string()
    .superRefine((text, ctx) => withinLimit(what, max)(shown(text), ctx))
    .transform((text) => text.replace(/\s+$/, ''));
}
