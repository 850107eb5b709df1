import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MetricBlock } from '../../../src/domain/review/schema';
import { MetricView } from '../../../renderer/screens/review/blocks/MetricView';
import { formatMetricValue } from '../../../src/domain/review/metrics';

const metric = (before: number, after: number): MetricBlock => ({
  id: 'm1',
  kind: 'metric',
  name: 'Error budget left',
  unit: 'min',
  before,
  after,
  better: 'higher',
});

/** Where the chart (drawn for the eye only, so read from its SVG) puts its bars, its zero line and its words. */
function drawn(container: HTMLElement) {
  const bars = [...container.querySelectorAll('.recharts-bar-rectangle path')].map((bar) => {
    const y = Number(bar.getAttribute('y'));
    const height = Number(bar.getAttribute('height'));
    return { top: Math.min(y, y + height), bottom: Math.max(y, y + height) };
  });
  const zero = container.querySelector('.recharts-reference-line line');
  const word = (text: string) => {
    const tspan = [...container.querySelectorAll('tspan')].find((t) => t.textContent === text);
    const label = tspan?.parentElement;
    return { top: Number(label?.getAttribute('y')), size: Number(label?.getAttribute('font-size')) };
  };
  return { bars, zeroY: zero ? Number(zero.getAttribute('y1')) : null, word };
}

describe("a metric's chart with a value below zero", () => {
  it.each([
    ['5 → -3', 5, -3, 'After'],
    ['-5 → -2', -5, -2, 'Before'],
  ])(
    '%s: bars below zero hang from a drawn zero line, their value written clear of the axis words',
    (_, before, after, lowest) => {
      const { container } = render(<MetricView block={metric(before, after)} />);
      const { bars, zeroY, word } = drawn(container);
      expect(zeroY, 'a zero line is drawn').not.toBeNull();
      [before, after].forEach((value, i) => {
        const bar = bars[i]!;
        if (value < 0) expect(bar.top).toBeCloseTo(zeroY!, 0);
        else expect(bar.bottom).toBeCloseTo(zeroY!, 0);
      });
      // Written as the screen writes a value below zero (with the typographic minus).
      const value = word(formatMetricValue(Math.min(before, after), ''));
      const axis = word(lowest);
      expect(value.top + value.size).toBeLessThanOrEqual(axis.top);
    },
  );
});
