const rules = new Intl.PluralRules('en');
/** One formatter: `n.toLocaleString('en')` builds a formatter on every call, which a board's cards made costly. */
const numbers = new Intl.NumberFormat('en');

/** The noun (or "noun verb") that goes with a count: "card" for 1, "cards" otherwise; irregular plurals given. */
export function pluralWord(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? one : other;
}

/** A count as Cadence writes it: "4,305". */
export function numberText(n: number): string {
  return numbers.format(n);
}

/**
 * "1 vote", "3 votes", "1 person has", "2 people have": a count with its words. Every count Cadence writes
 * goes through here, so no screen says "1 cards".
 */
export function plural(n: number, one: string, other = `${one}s`): string {
  return `${numberText(n)} ${pluralWord(n, one, other)}`;
}

/** The text with its first letter in capitals, to open a sentence or a label: "under a day" → "Under a day". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "the last closed sprint", "the last 3 closed sprints": never "the last 1 …". */
export function theLast(n: number, one: string, other = `${one}s`): string {
  return rules.select(n) === 'one' ? `the last ${one}` : `the last ${plural(n, one, other)}`;
}

/** "1 point", "0.5 points", "13 points": a number of story points, to two decimals at most. */
export function pointsText(n: number): string {
  return plural(Math.round(n * 100) / 100, 'point');
}
