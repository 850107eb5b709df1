import type { Locator } from 'playwright-core';

/**
 * A recharts chart's x-axis labels as drawn (turned, where they are at an angle): how many there are, and
 * each pair of neighbours that overlaps on screen.
 */
export function xAxisLabels(chart: Locator): Promise<{ count: number; overlapping: string[] }> {
  return chart.evaluate((el) => {
    // Each label's own box, turned as it is drawn: its four corners on screen.
    const corners = [...el.querySelectorAll<SVGTextElement>('.recharts-xAxis-tick-labels text')].map((text) => {
      const box = text.getBBox();
      const m = text.getScreenCTM()!;
      const xs = [box.x, box.x + box.width];
      const ys = [box.y, box.y + box.height];
      const at = (x: number, y: number) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
      return {
        text: text.textContent,
        quad: [at(xs[0]!, ys[0]!), at(xs[1]!, ys[0]!), at(xs[1]!, ys[1]!), at(xs[0]!, ys[1]!)],
      };
    });
    type Quad = { x: number; y: number }[];
    // Two convex shapes overlap unless some edge's normal separates them (by more than a pixel's rounding).
    const apart = (a: Quad, b: Quad) =>
      [a, b].some((shape) =>
        shape.some((p, i) => {
          const q = shape[(i + 1) % shape.length]!;
          const normal = { x: q.y - p.y, y: p.x - q.x };
          const length = Math.hypot(normal.x, normal.y);
          const along = (s: Quad) => s.map((c) => (c.x * normal.x + c.y * normal.y) / length);
          const [sa, sb] = [along(a), along(b)];
          return Math.max(...sa) <= Math.min(...sb) + 1 || Math.max(...sb) <= Math.min(...sa) + 1;
        }),
      );
    const overlapping = corners
      .slice(1)
      .flatMap((label, i) => (apart(corners[i]!.quad, label.quad) ? [] : [`${corners[i]!.text} / ${label.text}`]));
    return { count: corners.length, overlapping };
  });
}
