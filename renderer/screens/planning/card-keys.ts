import type { DeckCard } from '../../../src/domain/planning/estimation';

/** Keys typed within this long of each other combine: 1 then 3 is 13, X then L is XL. */
export const COMBINE_MS = 1000;

/** What has been typed so far, and when the last key came. */
export interface Typed {
  text: string;
  at: number;
}

export const NOTHING_TYPED: Typed = { text: '', at: -Infinity };

/** A key that can name a card: a digit, a letter (T-shirt sizes), a decimal point, or `?`. */
export function isCardKey(key: string): boolean {
  return key.length === 1 && /[0-9a-z.?]/i.test(key);
}

const find = (deck: readonly DeckCard[], text: string) =>
  deck.find((c) => c.label.toLowerCase() === text.toLowerCase()) ?? null;

/**
 * The card a key picks, given what was typed before and when (`now` is injected, in ms). A key within
 * COMBINE_MS of the last one extends the text when the longer text still names a card or begins one;
 * otherwise the key starts afresh. `card` is null while the text only begins a card's name (X of XL).
 */
export function typeCard(
  deck: readonly DeckCard[],
  typed: Typed,
  key: string,
  now: number,
): { typed: Typed; card: DeckCard | null } {
  const recent = now - typed.at <= COMBINE_MS;
  const begins = (text: string) => deck.some((c) => c.label.toLowerCase().startsWith(text.toLowerCase()));
  const combined = recent ? typed.text + key : key;
  const text = begins(combined) ? combined : key;
  return { typed: { text: begins(text) ? text : '', at: now }, card: find(deck, text) };
}
