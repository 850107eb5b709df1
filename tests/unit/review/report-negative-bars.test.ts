import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import type { MetricBlock } from '../../../src/domain/review/schema';
import { fixture } from './report-fixture';

function reportWith(before: number, after: number): string {
  const metric: MetricBlock = {
    id: 'm1',
    kind: 'metric',
    name: 'Error budget left',
    unit: 'min',
    before,
    after,
    better: 'higher',
  };
  const { model } = fixture({
    slots: [
      {
        id: 's1',
        title: 'SLO work',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        acceptance: { accepted: null, comment: '' },
        blocks: [metric],
      },
    ],
  });
  return reportBodyHtml(model);
}

/** Where each bar of the HTML report's chart starts and ends, in percent of its row, as a browser draws it. */
function bars(html: string): Record<string, { from: number; to: number }> {
  const out: Record<string, { from: number; to: number }> = {};
  for (const row of html.matchAll(/<div class="bar-row"><span class="bar-label">(\w+)<\/span>(.*?)<\/div>/g)) {
    const style = /class="bar [^"]*" style="([^"]*)"/.exec(row[2]!)?.[1] ?? '';
    const from = Number(/margin-left:(\d+)%/.exec(style)?.[1] ?? 0);
    const width = Number(/width:(\d+)%/.exec(style)?.[1]);
    out[row[1]!] = { from, to: from + width };
  }
  return out;
}

describe("the HTML report's before/after bars with a value below zero", () => {
  it('draws 5 → -3 on either side of zero: the fall below zero to its left, sized to scale', () => {
    const { Before, After } = bars(reportWith(5, -3));
    // Zero lies 3/8 of the way along: -3 runs from the left edge to it, 5 from it to the right edge.
    expect(After).toEqual({ from: 0, to: 38 });
    expect(Before).toEqual({ from: 38, to: 100 });
  });

  it('keeps bars of values at or above zero as they were, from the left edge', () => {
    const { Before, After } = bars(reportWith(8, 2));
    expect(Before).toEqual({ from: 0, to: 100 });
    expect(After).toEqual({ from: 0, to: 25 });
  });
});
