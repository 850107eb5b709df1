import { useEffect } from 'react';
import { prepareFilterText } from '../../../src/domain/backlog/filter';
import type { BacklogItem } from '../../../src/domain/backlog/schema';

/** The longest stretch of one idle period spent on it: a key pressed meanwhile waits at most this. */
const SLICE_MS = 4;

/**
 * Prepares the filter's text of the listed items while the page is idle, a few milliseconds at a time,
 * so the first character typed into the filter does not lower-case every item of a 10,000-item backlog
 * (about half of that keystroke's time). Items already prepared are skipped; nothing is done where the
 * browser has no idle callbacks.
 */
export function useFilterWarmup(items: readonly BacklogItem[]): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') return;
    let at = 0;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + SLICE_MS;
      at = prepareFilterText(items, at, () => deadline.timeRemaining() > 1 && performance.now() < until);
      if (at < items.length) handle = requestIdleCallback(step);
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [items]);
}
