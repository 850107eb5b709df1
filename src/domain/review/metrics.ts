import type { MetricBlock } from './schema';
import { numberText } from '../shared/words';

export interface MetricDelta {
  /** after − before, in the metric's unit (for a % metric: percentage points). */
  change: number;
  /** Relative change in percent; null when the before value is 0. */
  percent: number | null;
  verdict: 'better' | 'worse' | 'same';
  /**
   * The change as people read it: relative for most units ("−57.1%", "+12%"), in percentage points for a % metric
   * ("+1.0 pp": 2 % → 3 % is not "+50%"), and in the metric's unit from a before value of 0 ("+5 pages from 0").
   */
  label: string;
}

/** A verdict as people read it, on the screen and in the reports. */
export const VERDICT_WORDS: Record<MetricDelta['verdict'], string> = {
  better: 'better',
  worse: 'worse',
  same: 'no change',
};

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "%", "% CPU", "percent", "pct": a metric measured in percent, whose change reads in percentage points. */
export function isPercentUnit(unit: string): boolean {
  return /^(?:%|percent\b|pct\b)/i.test(unit.trim());
}

/** The typographic minus a fall's label and a value below zero start with, on the screen and in the reports. */
const MINUS = '−';

const sign = (n: number) => (n > 0 ? '+' : MINUS);

/** How many decimals a value was typed with (as formatMetricValue shows it). */
function decimalsOf(value: number): number {
  return typedNumberText(value).split('.')[1]?.length ?? 0;
}

/** "+1.0 pp", "+0.09 pp": points to the decimals the values were typed with, at least one. */
function pointsLabel(before: number, after: number, change: number): string {
  const decimals = Math.max(1, decimalsOf(before), decimalsOf(after));
  const size = Math.abs(Number(change.toFixed(Math.min(decimals, 20))));
  if (size === 0) return '±0 pp';
  return `${sign(change)}${new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: decimals }).format(size)} pp`;
}

/** The change as people read it (see MetricDelta.label). */
function deltaLabel(metric: MetricDeltaInput, change: number, percent: number | null): string {
  if (isPercentUnit(metric.unit ?? '')) return pointsLabel(metric.before, metric.after, change);
  if (change === 0) return '±0%';
  // From 0 no relative change exists: the change itself, in the unit, says what happened.
  if (percent === null) return `${sign(change)}${formatMetricValue(Math.abs(change), metric.unit ?? '')} from 0`;
  // A change too small to show at 0.1% still has a direction, and the verdict is judged on it.
  if (percent === 0) return `${sign(change)}<0.1%`;
  return `${sign(percent)}${numberText(Math.abs(percent))}%`;
}

type MetricDeltaInput = Pick<MetricBlock, 'before' | 'after' | 'better'> & { unit?: string };

/**
 * after − before to the decimals the values were typed with: 0.3 → 0.1 is −0.2, not binary floating point's
 * −0.19999999999999998, which the JSON report would hand to scripts. Two different values stay different.
 */
function typedDifference(before: number, after: number): number {
  const decimals = Math.max(decimalsOf(before), decimalsOf(after));
  return Number((after - before).toFixed(Math.min(decimals, 20)));
}

/** The change from before to after, judged by whether lower or higher is better. */
export function metricDelta(metric: MetricDeltaInput): MetricDelta {
  const change = typedDifference(metric.before, metric.after);
  const percent = metric.before === 0 ? null : round1((change / Math.abs(metric.before)) * 100);
  const verdict = change === 0 ? 'same' : change < 0 === (metric.better === 'lower') ? 'better' : 'worse';
  return { change, percent, verdict, label: deltaLabel(metric, change, percent) };
}

/** "−57.1% (better)": the change and its verdict, as the reports write them beside a metric. */
export function changeWords(delta: MetricDelta): string {
  return `${delta.label} (${VERDICT_WORDS[delta.verdict]})`;
}

/**
 * A change label or a value for a spreadsheet (the CSV): a fall starts with ASCII's hyphen-minus ("-60%", "-5"),
 * which it reads as a number as it reads "+50%"; it takes the typographic minus ("−60%") for text.
 */
export function spreadsheetChange(label: string): string {
  return label.startsWith(MINUS) ? `-${label.slice(MINUS.length)}` : label;
}

/** Every decimal a value was typed with: numberText's three would show an error rate of 0.0004 as 0. */
let typedDecimals: Intl.NumberFormat | null = null;

/**
 * "-5", "0.0000001", "1,234,567.5": a value's digits as it was typed, grouped as Cadence writes numbers, with the
 * hyphen-minus a person types (a form shows it so to edit; the number reader takes it back).
 */
export function typedNumberText(value: number): string {
  typedDecimals ??= new Intl.NumberFormat('en', { maximumFractionDigits: 20 });
  return Number.isInteger(value) ? numberText(value) : typedDecimals.format(value);
}

/**
 * "420 ms" / "14 min" / "−5 °C" / "99.9995 %": a value to read, on the screen and in the reports. A value below zero
 * takes the typographic minus its change label starts with ("−5 °C", "−100%"): one sign for both.
 */
export function formatMetricValue(value: number, unit: string): string {
  const n = typedNumberText(value).replace(/^-/, MINUS);
  return unit ? `${n} ${unit}` : n;
}
