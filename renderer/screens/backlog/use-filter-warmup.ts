import { useCallback, useEffect, useRef } from 'react';
import { prepareFilterText } from '../../../src/domain/backlog/filter';
import type { BacklogItem } from '../../../src/domain/backlog/schema';

/** The longest stretch of one idle period spent on it: a key pressed meanwhile waits at most this. */
const SLICE_MS = 4;

/**
 * Prepares the filter's text of the listed items while the page is idle, a few milliseconds at a time,
 * so the first character typed into the filter does not lower-case every item of a 10,000-item backlog
 * (about half of that keystroke's time). Items already prepared are skipped; nothing is done where the
 * browser has no idle callbacks. The function returned finishes the work at once: called when the
 * filter gets the focus, the typing that follows finds it done even when the page had no idle time.
 *
 * Once a list has been prepared whole, a change (a move, an edit) leaves all but an item or two of the
 * next list prepared: walking 10,000 items to find them took ~4 ms of idle time after every change, so
 * later lists are finished only when the filter gets the focus.
 */
export function useFilterWarmup(items: readonly BacklogItem[]): () => void {
  const done = useRef({ items, at: 0 });
  const wholeListPrepared = useRef(false);
  useEffect(() => {
    done.current = { items, at: 0 };
    if (wholeListPrepared.current || typeof requestIdleCallback !== 'function') return;
    let handle = 0;
    const step = (deadline: IdleDeadline) => {
      const until = performance.now() + SLICE_MS;
      const state = done.current;
      state.at = prepareFilterText(items, state.at, () => deadline.timeRemaining() > 1 && performance.now() < until);
      if (state.at < items.length) handle = requestIdleCallback(step);
      else wholeListPrepared.current = true;
    };
    handle = requestIdleCallback(step);
    return () => cancelIdleCallback(handle);
  }, [items]);
  return useCallback(() => {
    const state = done.current;
    state.at = prepareFilterText(state.items, state.at, () => true);
  }, []);
}
