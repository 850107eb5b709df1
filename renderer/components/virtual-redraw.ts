import type { VirtualItem } from '@tanstack/react-virtual';

/** What the list's last render drew: its rows, placed by these measurements. */
export interface Drawn {
  rows: readonly VirtualItem[];
  measurements: readonly VirtualItem[];
}

/** Whether every row from index `first` to `last` is among the drawn rows. */
export function drawsAll(rows: readonly VirtualItem[], first: number, last: number): boolean {
  let found = 0;
  for (const row of rows) if (row.index >= first && row.index <= last) found++;
  return found === last - first + 1;
}

/** How the list renders again after the virtualizer's state changed. */
export type Redraw =
  /** Not at all: it would draw the same rows at the same places. */
  | 'none'
  /** At once, within the frame being made (flushSync). */
  | 'now'
  /** In React's own time. */
  | 'soon'
  /** Once the frame being made is painted: only rows off screen change. */
  | 'after-paint';

/**
 * The list draws again only when its rows change: not while the scroll moves within the rows drawn, or
 * when only "is scrolling" flips. Rows on screen that are not drawn, or drawn rows that moved, are drawn
 * as the virtualizer asks (within the scroll's own frame when it says `sync`). Rows that only came into
 * or left the overscan above and below the screen wait until the frame is painted.
 */
export function redrawOf(
  drawn: Drawn | null,
  now: Drawn,
  onScreen: { startIndex: number; endIndex: number } | null,
  sync: boolean,
): Redraw {
  if (drawn && now.rows === drawn.rows) return 'none';
  const covered =
    drawn !== null &&
    now.measurements === drawn.measurements &&
    (onScreen === null || drawsAll(drawn.rows, onScreen.startIndex, onScreen.endIndex));
  if (covered) return 'after-paint';
  return sync ? 'now' : 'soon';
}
