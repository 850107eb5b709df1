import { z } from 'zod';
import { numberText } from './words';

/** Limits that keep one field from swallowing the data file; the messages name the limit. */
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

export function requiredText(what: string, max: number) {
  return z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, { error: `${what} cannot be empty.` })
    .max(max, { error: tooLong(what, max) });
}

export function optionalText(what: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: tooLong(what, max) });
}

/** Text whose spacing is its meaning (command output with aligned columns): kept as typed, bar trailing space. */
export function verbatimText(what: string, max: number) {
  return z
    .string()
    .max(max, { error: tooLong(what, max) })
    .transform((text) => text.replace(/\s+$/, ''));
}
