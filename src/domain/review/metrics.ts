import type { MetricBlock } from './schema';
import { numberText } from '../shared/words';

export interface MetricDelta {
  /** after − before, in the metric's unit. */
  change: number;
  /** Relative change in percent; null when the before value is 0. */
  percent: number | null;
  verdict: 'better' | 'worse' | 'same';
  /** Signed percentage for display, e.g. "−57.1%" or "+12%". */
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

/** The change from before to after, judged by whether lower or higher is better. */
export function metricDelta(metric: Pick<MetricBlock, 'before' | 'after' | 'better'>): MetricDelta {
  const change = metric.after - metric.before;
  const percent = metric.before === 0 ? null : round1((change / Math.abs(metric.before)) * 100);
  const verdict = change === 0 ? 'same' : change < 0 === (metric.better === 'lower') ? 'better' : 'worse';
  let label: string;
  if (percent === null) label = change === 0 ? '±0%' : 'n/a (before was 0)';
  // A change too small to show at 0.1% still has a direction, and the verdict is judged on it.
  else if (percent === 0) label = change === 0 ? '±0%' : `${change > 0 ? '+' : '−'}<0.1%`;
  else label = `${percent > 0 ? '+' : '−'}${numberText(Math.abs(percent))}%`;
  return { change, percent, verdict, label };
}

/** Every decimal a value was typed with: numberText's three would show an error rate of 0.0004 as 0. */
let typedDecimals: Intl.NumberFormat | null = null;

/** "420 ms" / "14 min" / "37" / "99.9995 %": a typed value as it was typed, grouped as Cadence writes numbers. */
export function formatMetricValue(value: number, unit: string): string {
  typedDecimals ??= new Intl.NumberFormat('en', { maximumFractionDigits: 20 });
  const n = Number.isInteger(value) ? numberText(value) : typedDecimals.format(value);
  return unit ? `${n} ${unit}` : n;
}
