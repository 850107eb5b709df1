import { describe, expect, it } from 'vitest';
import { metricUnitProblem, readMetricValue } from '../../../src/domain/review/metric-value';

describe('a metric value typed with a unit', () => {
  it('reads the number when the unit is the metric’s, spaces aside', () => {
    expect(readMetricValue('420 ms', 'ms')).toBe(420);
    expect(readMetricValue('1,200.5ms', 'ms')).toBe(1200.5);
    expect(readMetricValue('−3 °C', '°C')).toBe(-3);
    expect(readMetricValue('12 req / s', 'req/s')).toBe(12);
    expect(readMetricValue('420', 'ms')).toBe(420);
  });

  it('reads nothing from another unit, from a value with a unit when the metric has none, or from number syntax', () => {
    expect(readMetricValue('2 s', 'ms')).toBeNull();
    expect(readMetricValue('420 ms', '')).toBeNull();
    expect(readMetricValue('1e3', '')).toBeNull();
    expect(readMetricValue('0x10', 'x')).toBeNull();
  });

  it('names the unit typed and the metric’s, and blames no unit on text that is not a number', () => {
    expect(metricUnitProblem('Before value', '2 s', 'ms')).toBe(
      'Before value is in “s”, but the metric’s unit is “ms”: write both values in ms.',
    );
    expect(metricUnitProblem('After value', '420 ms', ' ')).toMatch(/“ms”.*under Unit/);
    expect(metricUnitProblem('Before value', 'fast', 'ms')).toBeNull();
    expect(metricUnitProblem('Before value', '1e3', 'ms')).toBeNull();
    expect(metricUnitProblem('Before value', '420 ms', 'ms')).toBeNull();
  });
});
