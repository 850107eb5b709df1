import type { VirtualItem } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { drawsAll, redrawOf } from '../../../renderer/components/virtual-redraw';

const PITCH = 94;
/** The rows `from`..`to` of a list of equal rows, as the virtualizer places them. */
const rows = (from: number, to: number): VirtualItem[] =>
  Array.from({ length: to - from + 1 }, (_, k) => {
    const index = from + k;
    return { index, key: index, start: index * PITCH, end: index * PITCH + 88, size: 88, lane: 0 };
  });
const measurements = rows(0, 599);
const drawn = { rows: rows(0, 12), measurements };

describe('drawsAll', () => {
  it('says whether every row of a stretch is drawn, rows drawn out of the stretch aside', () => {
    expect(drawsAll(rows(3, 12), 5, 9)).toBe(true);
    expect(drawsAll(rows(3, 12), 2, 9)).toBe(false);
    expect(drawsAll(rows(3, 12), 5, 13)).toBe(false);
    // The row kept drawn while it is moved, far from the others.
    expect(drawsAll([...rows(3, 6), ...rows(40, 40)], 3, 8)).toBe(false);
    expect(drawsAll([...rows(3, 8), ...rows(40, 40)], 3, 8)).toBe(true);
  });
});

describe('redrawOf: when a virtual list renders again', () => {
  it('does not when it would draw the same rows (a scroll within them, or "is scrolling" flipping)', () => {
    expect(redrawOf(drawn, { rows: drawn.rows, measurements }, { startIndex: 2, endIndex: 9 }, true)).toBe('none');
    expect(redrawOf(drawn, { rows: drawn.rows, measurements }, { startIndex: 2, endIndex: 9 }, false)).toBe('none');
  });

  it('waits for the paint when only rows off screen change', () => {
    // One row down: the screen shows rows 1–9, all drawn; the overscan now reaches row 13.
    expect(redrawOf(drawn, { rows: rows(0, 13), measurements }, { startIndex: 1, endIndex: 9 }, true)).toBe(
      'after-paint',
    );
  });

  it('draws within the scroll’s frame a row the screen shows that is not drawn', () => {
    expect(redrawOf(drawn, { rows: rows(2, 16), measurements }, { startIndex: 5, endIndex: 13 }, true)).toBe('now');
    // A jump far down.
    expect(redrawOf(drawn, { rows: rows(297, 312), measurements }, { startIndex: 300, endIndex: 309 }, true)).toBe(
      'now',
    );
  });

  it('draws rows that moved (new measurements) as the virtualizer asks', () => {
    const remeasured = rows(0, 599).map((row) => ({ ...row }));
    expect(redrawOf(drawn, { rows: rows(0, 12), measurements: remeasured }, { startIndex: 0, endIndex: 8 }, true)).toBe(
      'now',
    );
    expect(
      redrawOf(drawn, { rows: rows(0, 12), measurements: remeasured }, { startIndex: 0, endIndex: 8 }, false),
    ).toBe('soon');
  });

  it('draws the first rows as the virtualizer asks', () => {
    expect(redrawOf(null, drawn, { startIndex: 0, endIndex: 8 }, true)).toBe('now');
    expect(redrawOf(null, drawn, null, false)).toBe('soon');
  });

  it('draws a row the screen shows even when the virtualizer does not ask for haste', () => {
    expect(redrawOf(drawn, { rows: rows(2, 16), measurements }, { startIndex: 5, endIndex: 13 }, false)).toBe('soon');
  });
});
