import { readTypedNumber } from '../shared/typed-number';

/**
 * "420 ms", "99.9%", "2s": a number, then the unit a dashboard writes after it. A unit holds no digit, so "1e3" and
 * "0x10" stay what they are (not numbers), not a 1 in "e3".
 */
const WITH_UNIT = /^([+\-\u2212]?[\d.,]+)\s*(\D+)$/;

/** A unit as written, without its spaces: "req / s" is "req/s", "% CPU" is "%CPU". */
const unitKey = (unit: string) => unit.replace(/\s+/g, '');

/** The number and the unit of a value typed with one ("420 ms"), or null when it is not so written. */
function splitUnit(text: string): { value: number; unit: string } | null {
  const match = WITH_UNIT.exec(text.trim());
  const value = match?.[1] === undefined ? null : readTypedNumber(match[1]);
  return value === null || match?.[2] === undefined ? null : { value, unit: match[2].trim() };
}

/**
 * A metric's value as typed in its form: a number, or a number followed by the metric's own unit, as a dashboard
 * shows it ("420 ms" for a metric in ms, "99.9%" for one in %). Null when it is neither: another unit, or no number.
 */
export function readMetricValue(text: string, unit: string): number | null {
  const plain = readTypedNumber(text);
  if (plain !== null) return plain;
  const typed = splitUnit(text);
  return typed && unitKey(unit) !== '' && unitKey(typed.unit) === unitKey(unit) ? typed.value : null;
}

/**
 * Why a value typed with a unit cannot be saved, or null when it has none to blame (it is not a number at all).
 * A value in another unit than the metric's ("2 s" for a metric in ms) is refused, not read as 2: set beside a value
 * in ms, it would make the change and its verdict wrong.
 */
export function metricUnitProblem(what: string, text: string, unit: string): string | null {
  const typed = splitUnit(text);
  if (!typed || readMetricValue(text, unit) !== null) return null;
  if (unitKey(unit) === '') {
    return `${what} has a unit (“${typed.unit}”): write the number alone here and the unit under Unit.`;
  }
  return `${what} is in “${typed.unit}”, but the metric’s unit is “${unit.trim()}”: write both values in ${unit.trim()}.`;
}
