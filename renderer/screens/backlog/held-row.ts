/**
 * How the backlog draws a keyboard move (renderer/components/keyboard-move.ts): the held row where it
 * would land, the rows between its place and there shifted to close the gap, and every shown rank
 * as the drop would make it. The order itself changes once, on the drop.
 */

/** A row picked up with the keyboard: its id, and the place in the shown list it would drop at. */
export interface HeldRow {
  id: string;
  to: number;
}

/** Where the virtualizer put a row: its offset from the top of the list and its height. */
export interface RowBox {
  start: number;
  size: number;
}

/**
 * How far (px, down is positive) a shown row is drawn from its own place while the row at `from`
 * is held over place `to`: the held row sits where it would land, the rows it passed close the gap.
 */
export function rowShift(
  index: number,
  from: number,
  to: number,
  boxOf: (index: number) => RowBox | undefined,
  gap: number,
): number {
  if (from === to) return 0;
  const held = boxOf(from);
  if (!held) return 0;
  if (index === from) {
    const target = boxOf(to);
    if (!target) return 0;
    return to > from ? target.start + target.size - held.size - held.start : target.start - held.start;
  }
  if (from < index && index <= to) return -(held.size + gap);
  if (to <= index && index < from) return held.size + gap;
  return 0;
}

/**
 * The rank a shown row would have after the drop, so the numbers on screen read in order while a
 * row is held. `rankAt` gives the rank (in the whole backlog) of the row shown at an index.
 */
export function rankWhileHeld(index: number, from: number, to: number, rankAt: (index: number) => number): number {
  const rank = rankAt(index);
  if (index === from) return rankAt(to);
  if (from < index && index <= to) return rank - 1;
  if (to <= index && index < from) return rank + 1;
  return rank;
}
