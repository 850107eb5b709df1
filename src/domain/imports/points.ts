import { scaleCards, type PointScale } from '../team/scales';
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

export interface FittedPoints {
  points: number | null;
  /** Said when the value was changed, for the row's note. */
  note: string | null;
}

/**
 * Points from another tool onto the team's scale: kept when on it, else the nearest card (ties going up,
 * "was 4 → 5"), and unestimated with a note above twice the largest card, below zero or when not a number.
 */
export function fitPoints(scale: PointScale, raw: string): FittedPoints {
  const text = raw.trim();
  if (text === '') return { points: null, note: null };
  const value = readTypedNumber(text) ?? readFraction(text);
  if (value === null) return { points: null, note: `points ${quoted(text)} are not a number: unestimated` };
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
