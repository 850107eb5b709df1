import { seenLength } from './cut-text';
import { numberText } from './words';

/**
 * Limits that keep one field from swallowing the data file; the messages name the limit. They count the characters
 * a person sees (`textLength`: 👍🏽, 🇩🇪 and é are one each), as the counters on screen do, so "use at most 200
 * characters" holds for a title of emoji too. Apart from the schemas' checks (text.ts, which needs zod), so a module
 * loaded at start (the store) can read a limit without loading the validation.
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
