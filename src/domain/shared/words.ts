import { round2 } from './round';

const rules = new Intl.PluralRules('en');
/**
 * Intl's number formatter, made on the first number with a fraction: the first one a page or a process
 * makes costs ~20 ms (ICU's number data), which every start paid when it was made on load. One formatter,
 * since `n.toLocaleString('en')` builds one on every call, which a board's cards made costly.
 */
let fractions: Intl.NumberFormat | null = null;

/** How a thing nobody owns shows (an action, a blocker): one word, one case, on every screen and in every export. */
export const UNASSIGNED = 'Unassigned';

/** The noun (or "noun verb") that goes with a count: "card" for 1, "cards" otherwise; irregular plurals given. */
export function pluralWord(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? one : other;
}

/**
 * A number as Cadence writes it, as `Intl.NumberFormat('en')` does: "4,305", "2.33". Whole numbers, which
 * are nearly all it writes (counts, limits), are grouped here without Intl.
 */
export function numberText(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 ? `-${digits}` : digits;
  }
  fractions ??= new Intl.NumberFormat('en');
  return fractions.format(n);
}

/**
 * "1 vote", "3 votes", "1 person has", "2 people have": a count with its words. Every count Cadence writes
 * goes through here, so no screen says "1 cards".
 */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${numberText(n)} ${pluralWord(n, one, other)}`;
}

/** `a`, `a and b`, `a, b and c` (or `or`): the parts as given, the last two joined by the word. */
export function wordList(parts: readonly string[], last: 'and' | 'or' = 'and'): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} ${last} ${parts.at(-1)}`;
}

/**
 * A person's text (a title, a name, a file's name) quoted in a message: “Rotate keys”. Every message quotes
 * through here, so the app writes one kind of quotes, and curly ones stand apart from straight quotes in the text.
 */
export function quote(text: string): string {
  return `“${text}”`;
}

/** `“a”`, `“a” and “b”`, `“a”, “b” and “c”` (or `or`): each quoted, the last two joined by the word. */
export function quotedList(names: readonly string[], last: 'and' | 'or' = 'and'): string {
  return wordList(names.map(quote), last);
}

/** The text with its first letter in capitals, to open a sentence or a label: "under a day" → "Under a day". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the last closed sprint", "the last 3 closed sprints": never "the last 1 …". */
export function theLast(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? `the last ${one}` : `the last ${plural(n, one, other)}`;
}

/** The noun for a figure written to two decimals at most, chosen by the figure as shown: 1.004 is "1 point". */
export function decimalWord(n: number, one: string, other = `${one}s`): string {
  return pluralWord(round2(n), one, other);
}

/** "1 person-day", "2.5 person-days": a figure with its noun, to two decimals at most. */
export function decimalPlural(n: number, one: string, other = `${one}s`): string {
  return `${decimalText(n)} ${decimalWord(n, one, other)}`;
}

/** "1 point", "0.5 points", "13 points": a number of story points, to two decimals at most. */
export function pointsText(n: number): string {
  return decimalPlural(n, 'point');
}

/**
 * A figure of points where room is short (a card, the board's gauge, the retro's facts, the sprint report):
 * "1 pt", "5.5 pts", "0.42 pts". Two decimals at most, as planning and the close dialog write the same figures.
 */
export function pointsFigure(n: number): string {
  return decimalPlural(n, 'pt', 'pts');
}

/** A figure as people say it, to two decimals at most: "4.5", "12", "0.33", "1,234.5" (points, person-days, hours). */
export function decimalText(n: number): string {
  return numberText(round2(n));
}
