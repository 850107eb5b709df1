import { describe, expect, it } from 'vitest';
import { metricDelta, formatMetricValue } from '../../../src/domain/review/metrics';
import { MetricBlockSchema } from '../../../src/domain/review/schema';

describe('metricDelta', () => {
  it('judges a drop as better when lower is better', () => {
    const d = metricDelta({ before: 420, after: 180, better: 'lower' });
    expect(d.change).toBe(-240);
    expect(d.percent).toBe(-57.1);
    expect(d.label).toBe('−57.1%');
    expect(d.verdict).toBe('better');
  });

  it('judges a drop as worse when higher is better', () => {
    const d = metricDelta({ before: 80, after: 60, better: 'higher' });
    expect(d.percent).toBe(-25);
    expect(d.verdict).toBe('worse');
  });

  it('judges a rise by the direction too', () => {
    expect(metricDelta({ before: 14, after: 21, better: 'lower' })).toMatchObject({ label: '+50%', verdict: 'worse' });
    expect(metricDelta({ before: 95, after: 99.9, better: 'higher' })).toMatchObject({
      label: '+5.2%',
      verdict: 'better',
    });
  });

  it('reports no change as the same', () => {
    expect(metricDelta({ before: 37, after: 37, better: 'lower' })).toMatchObject({ label: '±0%', verdict: 'same' });
  });

  it('shows a change too small to round to 0.1% as under 0.1%, in its direction, never as ±0%', () => {
    expect(metricDelta({ before: 10_000, after: 10_001, better: 'lower' })).toMatchObject({
      label: '+<0.1%',
      verdict: 'worse',
    });
    expect(metricDelta({ before: 10_000, after: 9_999, better: 'lower' })).toMatchObject({
      label: '−<0.1%',
      verdict: 'better',
    });
  });

  it('has no percentage when the before value is zero: the change reads in the unit, from 0', () => {
    const d = metricDelta({ before: 0, after: 5, better: 'lower', unit: 'pages' });
    expect(d.percent).toBeNull();
    expect(d.verdict).toBe('worse');
    expect(d.label).toBe('+5 pages from 0');
    expect(metricDelta({ before: 0, after: -1500, better: 'higher', unit: '' }).label).toBe('−1,500 from 0');
    expect(metricDelta({ before: 0, after: 0.0004, better: 'lower', unit: 'req/s' }).label).toBe(
      '+0.0004 req/s from 0',
    );
  });

  it('reads the change of a % metric in percentage points, not relative to the before value', () => {
    expect(metricDelta({ before: 2, after: 3, better: 'lower', unit: '%' })).toMatchObject({
      label: '+1.0 pp',
      verdict: 'worse',
    });
    expect(metricDelta({ before: 99.9, after: 99.99, better: 'higher', unit: '%' }).label).toBe('+0.09 pp');
    expect(metricDelta({ before: 0.5, after: 0.25, better: 'lower', unit: ' % ' }).label).toBe('−0.25 pp');
    expect(metricDelta({ before: 0, after: 4, better: 'lower', unit: '% CPU' }).label).toBe('+4.0 pp');
    expect(metricDelta({ before: 12, after: 12, better: 'lower', unit: 'percent' }).label).toBe('±0 pp');
    // Other units keep the relative change.
    expect(metricDelta({ before: 2, after: 3, better: 'lower', unit: 'ms' }).label).toBe('+50%');
  });

  it('uses the size of a negative before value', () => {
    expect(metricDelta({ before: -10, after: -5, better: 'higher' })).toMatchObject({ percent: 50, verdict: 'better' });
  });

  it('formats values with their unit', () => {
    expect(formatMetricValue(1500, 'ms')).toBe('1,500 ms');
    expect(formatMetricValue(9, '')).toBe('9');
  });

  it('shows every decimal that was typed: an error rate or five nines are never rounded to a wrong figure', () => {
    expect(formatMetricValue(0.0004, '')).toBe('0.0004');
    expect(formatMetricValue(99.9995, '%')).toBe('99.9995 %');
    expect(formatMetricValue(1234.5678, 'USD')).toBe('1,234.5678 USD');
    expect(formatMetricValue(0.0000001, '')).toBe('0.0000001');
  });
});

describe('metric block validation', () => {
  const base = { id: 'm1', kind: 'metric', name: 'p95', unit: 'ms', better: 'lower' };
  it('refuses values that are not numbers', () => {
    const r = MetricBlockSchema.safeParse({ ...base, before: '420ms', after: 180 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Before value must be a number.');
  });
  it('refuses infinite values', () => {
    expect(MetricBlockSchema.safeParse({ ...base, before: 1, after: Infinity }).success).toBe(false);
  });
});
