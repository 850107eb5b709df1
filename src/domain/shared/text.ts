import { z } from 'zod';
import { seenLength } from './cut-text';
import { numberText } from './words';

/**
 * Limits that keep one field from swallowing the data file; the messages name the limit. They count the characters
 * a person sees (`textLength`: 👍🏽, 🇩🇪 and é are one each), as the counters on screen do, so "use at most 200
 * characters" holds for a title of emoji too.
 */
export const LIMITS = {
  name: 80,
  title: 200,
  shortText: 500,
  markdown: 20_000,
  label: 40,
  labels: 20,
  checklist: 50,
  url: 2_000,
} as const;

/** The refusal of a text over `max` characters; `max` itself is allowed, so the message says "at most". */
export const tooLong = (what: string, max: number) => `${what} is too long: use at most ${numberText(max)} characters.`;

/** How long a text is for its limit and its counter on screen: the characters a person sees in it. */
export const textLength = seenLength;

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
