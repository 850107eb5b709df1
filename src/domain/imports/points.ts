import { describeScale, scaleCards, type PointScale } from '../team/scales';
import { readTypedNumber } from '../shared/typed-number';
import { quoted } from './quote';

/**
 * Half a point as planning poker tools and spreadsheets write the ½ card: "½" or "1/2" (any simple fraction, spaces
 * allowed). Null for anything else; readTypedNumber reads the decimals.
 */
const FRACTION = /^(\d+)\s*\/\s*(\d+)$/;

function readFraction(text: string): number | null {
  if (text === '½') return 0.5;
  const match = FRACTION.exec(text);
  const [numerator, denominator] = [Number(match?.[1]), Number(match?.[2])];
  return match && denominator > 0 ? numerator / denominator : null;
}

/** The words trackers spell sizes out with, each as the letters of its card ("Extra large" is XL). */
const SIZE_WORDS: Record<string, string> = {
  extrasmall: 'xs',
  small: 's',
  medium: 'm',
  large: 'l',
  extralarge: 'xl',
  extraextralarge: 'xxl',
};

/**
 * The value of the scale's card a cell names by its label ("M", "xl") or its size in words ("Medium",
 * "Extra large"), in any case: a T-shirt team's tracker writes the sizes, not their points. Null when no card
 * is named, which is always so on a numeric scale (its labels are figures, which fitPoints reads as numbers).
 */
function readCardLabel(scale: PointScale, text: string): number | null {
  // Only words: a figure ("-3", "1/2") is read as a number, never as a label once its signs are dropped.
  if (!/^[a-z][a-z\s_-]*$/i.test(text)) return null;
  const name = text.toLowerCase().replace(/[\s_-]+/g, '');
  const label = SIZE_WORDS[name] ?? name;
  return scaleCards(scale).find((card) => card.label.toLowerCase() === label)?.value ?? null;
}

/** What a cell fitPoints cannot read is not: a number, or on a scale of named cards one of those either. */
function notReadAs(scale: PointScale): string {
  const cards = scaleCards(scale);
  const named = cards.some((card) => card.label !== String(card.value));
  return named ? `not a number or a size of the scale (${describeScale(scale)})` : 'not a number';
}

export interface FittedPoints {
  points: number | null;
  /** Said when the value was changed, for the row's note. */
  note: string | null;
}

/**
 * Points from another tool onto the team's scale: a card named by its label ("M", "Medium") as that card's points;
 * a number kept when on the scale, else the nearest card (ties going up, "was 4 → 5"); unestimated with a note
 * above twice the largest card, below zero, or when neither a number nor a card's name.
 */
export function fitPoints(scale: PointScale, raw: string): FittedPoints {
  const text = raw.trim();
  if (text === '') return { points: null, note: null };
  const card = readCardLabel(scale, text);
  if (card !== null) return { points: card, note: null };
  const value = readTypedNumber(text) ?? readFraction(text);
  if (value === null) return { points: null, note: `points ${quoted(text)} are ${notReadAs(scale)}: unestimated` };
  if (value < 0) return { points: null, note: `points ${quoted(text)} are below zero: unestimated` };
  const cards = scaleCards(scale).map((c) => c.value);
  const largest = Math.max(...cards);
  if (value > largest * 2) {
    return { points: null, note: `points ${value} are over twice the largest card (${largest}): unestimated` };
  }
  let best = cards[0] ?? 0;
  for (const card of cards) {
    const closer = Math.abs(card - value) < Math.abs(best - value);
    const tieUp = Math.abs(card - value) === Math.abs(best - value) && card > best;
    if (closer || tieUp) best = card;
  }
  return { points: best, note: best === value ? null : `points not on the scale: was ${value} → ${best}` };
}
