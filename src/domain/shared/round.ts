/**
 * Rounds to two decimals, the precision of every figure Cadence stores and shows (points, person-days,
 * hours): it takes away float noise (0.1 + 0.2), so stored and shown numbers agree.
 */
export function round2(value: number): number {
  // `|| 0`: a small negative rounds to −0, which would be written "-0".
  return Math.round(value * 100) / 100 || 0;
}
