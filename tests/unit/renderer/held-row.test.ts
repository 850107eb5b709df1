import { describe, expect, it } from 'vitest';
import { rankWhileHeld, rowShift, type RowBox } from '../../../renderer/screens/backlog/held-row';

describe('rowShift', () => {
  // Rows of different heights, 10 px apart, as the virtualizer measured them.
  const sizes = [40, 60, 50, 80, 40];
  const gap = 10;
  const boxes: RowBox[] = [];
  sizes.reduce((start, size) => (boxes.push({ start, size }), start + size + gap), 0);
  const boxOf = (i: number) => boxes[i];
  /** Where each row is drawn: its place plus its shift. */
  const drawnTops = (from: number, to: number) => boxes.map((box, i) => box.start + rowShift(i, from, to, boxOf, gap));
  /** The tops the rows would have if the order really changed. */
  const reorderedTops = (from: number, to: number) => {
    const order = sizes.map((_, i) => i);
    const [moved] = order.splice(from, 1);
    order.splice(to, 0, moved ?? 0);
    const tops = new Array<number>(sizes.length);
    order.reduce((start, row) => ((tops[row] = start), start + (sizes[row] ?? 0) + gap), 0);
    return tops;
  };

  it('draws every row where the drop would put it, moving down or up', () => {
    for (let from = 0; from < sizes.length; from++) {
      for (let to = 0; to < sizes.length; to++) {
        expect(drawnTops(from, to), `${from} → ${to}`).toEqual(reorderedTops(from, to));
      }
    }
  });

  it('shifts nothing when a row is not measured yet', () => {
    expect(rowShift(0, 0, 9, boxOf, gap)).toBe(0);
    expect(rowShift(2, 9, 1, boxOf, gap)).toBe(0);
  });
});

describe('rankWhileHeld', () => {
  it('numbers the shown rows as the drop would, in the whole backlog or a filtered view', () => {
    // The shown rows' ranks: every row (unfiltered), or every third row of a filtered view.
    for (const ranks of [
      [0, 1, 2, 3, 4, 5],
      [2, 5, 8, 11, 14],
    ]) {
      const rankAt = (i: number) => ranks[i] ?? -1;
      for (let from = 0; from < ranks.length; from++) {
        for (let to = 0; to < ranks.length; to++) {
          // The backlog after moving the row at `from` to the rank of the row at `to`.
          const backlog = Array.from({ length: 16 }, (_, r) => r);
          const [moved = -1] = backlog.splice(rankAt(from), 1);
          backlog.splice(rankAt(to), 0, moved);
          const after = ranks.map((r) => backlog.indexOf(r));
          const shown = ranks.map((_, i) => rankWhileHeld(i, from, to, rankAt));
          expect(shown, `${ranks.join()}: ${from} → ${to}`).toEqual(after);
        }
      }
    }
  });
});
