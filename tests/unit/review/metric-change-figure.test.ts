import { describe, expect, it } from 'vitest';
import { metricDelta } from '../../../src/domain/review/metrics';
import { reportToJson } from '../../../src/domain/review/report-json';
import { fixture } from './report-fixture';

describe("a metric's change as a figure", () => {
  it('is after − before to the decimals the values were typed with, as the screen words it', () => {
    expect(metricDelta({ before: 0.3, after: 0.1, unit: 's', better: 'lower' }).change).toBe(-0.2);
    expect(metricDelta({ before: 99.9, after: 99.95, unit: '%', better: 'higher' }).change).toBe(0.05);
    expect(metricDelta({ before: 1000, after: 999.9999, unit: 'ms', better: 'lower' }).change).toBe(-0.0001);
  });

  it("reaches the JSON report's scripts and dashboards without a floating-point tail", () => {
    const metric = (id: string, name: string, unit: string, before: number, after: number) =>
      ({ id, kind: 'metric', name, unit, before, after, better: 'higher' }) as const;
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'SLOs',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [metric('m1', 'Availability', '%', 99.9, 99.95), metric('m2', 'Apdex', '', 0.1, 0.3)],
        },
      ],
    });
    const file = JSON.parse(reportToJson(model, '2026-11-13T18:00:00.000Z')) as {
      metrics: { name: string; change: number; changeText: string }[];
    };
    expect(file.metrics.map((m) => [m.name, m.change, m.changeText])).toEqual([
      ['Availability', 0.05, '+0.05 pp'],
      ['Apdex', 0.2, '+200%'],
    ]);
  });
});
