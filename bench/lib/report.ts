import { summarize, type Summary } from './stats';

/** One line of RESULTS.md: a figure, the floor measured in the same run, and the target. */
export interface Row {
  section: string;
  name: string;
  unit: 'ms' | 'MB' | 'kB';
  value: Summary;
  floor?: Summary;
  /** Target as text, e.g. "≤ 1.3× floor" or "p95 < 15 ms". */
  target?: string;
  pass?: boolean;
  note?: string;
}

export interface Results {
  rows: Row[];
  notes: string[];
}

export function newResults(): Results {
  return { rows: [], notes: [] };
}

export function addRow(results: Results, row: Row): Row {
  results.rows.push(row);
  const floor = row.floor ? ` (floor ${fmt(row.floor.median)} / ${fmt(row.floor.p95)})` : '';
  const verdict = row.pass === undefined ? '' : row.pass ? '  ok' : '  MISSED';
  console.log(
    `  ${row.section} · ${row.name}: median ${fmt(row.value.median)} ${row.unit}, p95 ${fmt(row.value.p95)} ${row.unit}${floor}${verdict}`,
  );
  return row;
}

/** A single measured value as a summary of one. */
export function single(value: number): Summary {
  return summarize([value]);
}

export function ratio(row: Row, which: 'median' | 'p95' = 'median'): number | null {
  if (!row.floor || row.floor[which] === 0) return null;
  return row.value[which] / row.floor[which];
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return '—';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
