import {
  defaultRangeExtractor,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  observeWindowOffset,
  observeWindowRect,
  Virtualizer,
  windowScroll,
  type PartialKeys,
  type Range,
  type VirtualizerOptions,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState, type FocusEvent } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint } from '../api/after-paint';
import { redrawOf, type Drawn } from './virtual-redraw';

/** The rows a virtualizer draws now, and the measurements that place them. */
function drawnBy<S extends Element | Window, I extends Element>(instance: Virtualizer<S, I>): Drawn {
  return { rows: instance.getVirtualItems(), measurements: instance.measurementsCache };
}

/**
 * @tanstack/react-virtual's hook, with one difference: it renders the list again only when the rows it
 * draws change, and within a scroll's frame only for rows the screen would otherwise show blank. The
 * library's hook renders on every change of its state, inside the scroll event (flushSync): a scroll by
 * one row (Alt+↓ at the screen's bottom, the auto-scroll of a drag) rendered the whole list within the
 * frame that paints the input, for a row still off screen.
 */
function useVirtualRows<S extends Element | Window, I extends Element>(
  options: VirtualizerOptions<S, I>,
): Virtualizer<S, I> {
  const [, draw] = useReducer((n: number) => n + 1, 0);
  const drawn = useRef<Drawn | null>(null);
  // Measuring happens while React commits, where it cannot render synchronously.
  const measuring = useRef(false);
  // A render waits for the next paint (only one at a time).
  const waiting = useRef(false);
  const resolved: VirtualizerOptions<S, I> = {
    ...options,
    onChange: (instance, sync) => {
      const redraw = redrawOf(drawn.current, drawnBy(instance), instance.range, sync && !measuring.current);
      if (redraw === 'now') flushSync(draw);
      else if (redraw === 'soon') draw();
      else if (redraw === 'after-paint' && !waiting.current) {
        waiting.current = true;
        void afterNextPaint().then(() => {
          waiting.current = false;
          // Unless a render meanwhile (a jump, the list's own) drew these rows already.
          if (instance.getVirtualItems() !== drawn.current?.rows) draw();
        });
      }
      options.onChange?.(instance, sync);
    },
  };
  // The refs are read in the virtualizer's callbacks only (a change, a measurement), never while rendering.
  // eslint-disable-next-line react-hooks/refs
  const [instance] = useState(() => {
    const virtualizer = new Virtualizer(resolved);
    const measureElement = virtualizer.measureElement;
    virtualizer.measureElement = (node) => {
      measuring.current = true;
      try {
        measureElement(node);
      } finally {
        measuring.current = false;
      }
    };
    return virtualizer;
  });
  // eslint-disable-next-line react-hooks/refs
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), [instance]);
  useLayoutEffect(() => {
    drawn.current = drawnBy(instance);
    return instance._willUpdate();
  });
  return instance;
}

type WindowRowsOptions<I extends Element> = PartialKeys<
  VirtualizerOptions<Window, I>,
  'getScrollElement' | 'observeElementRect' | 'observeElementOffset' | 'scrollToFn'
>;

/** Rows of a list in the page's own scroll (see useVirtualRows). */
export function useWindowRows<I extends Element>(options: WindowRowsOptions<I>): Virtualizer<Window, I> {
  return useVirtualRows<Window, I>({
    getScrollElement: () => window,
    observeElementRect: observeWindowRect,
    observeElementOffset: observeWindowOffset,
    scrollToFn: windowScroll,
    initialOffset: () => window.scrollY,
    ...options,
  });
}

type ScrollRowsOptions<S extends Element, I extends Element> = PartialKeys<
  VirtualizerOptions<S, I>,
  'observeElementRect' | 'observeElementOffset' | 'scrollToFn'
>;

/** Rows of a list in a scrolling element of its own (see useVirtualRows). */
export function useScrollRows<S extends Element, I extends Element>(
  options: ScrollRowsOptions<S, I>,
): Virtualizer<S, I> {
  return useVirtualRows<S, I>({
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
  });
}

/**
 * A range extractor that draws, beside the rows near the screen, the row at `kept` (the one dragged,
 * held or focused), however far it is scrolled away: it keeps the focus and the drag's node.
 */
export function useRangeKeeping(kept: number | undefined): (range: Range) => number[] {
  return useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (kept === undefined || shown.includes(kept)) return shown;
      return [...shown, kept].sort((a, b) => a - b);
    },
    [kept],
  );
}

/**
 * Where the row holding the focus is in `items` (its element, or one inside it, carries `data-item-id`,
 * the item's `keyOf`), for the list to keep drawn: a row scrolled away, or moved on by keys faster than
 * the list hears of the page's scroll (several Alt+↓ before a frame), would otherwise be taken out of
 * the page with the focus in it. `onFocus` goes on the list; focus moving within a row renders nothing
 * again. `keyOf` should be the same function from render to render.
 */
export function useFocusedRow<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
): { focusedIndex: number | undefined; onFocus: (event: FocusEvent) => void } {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const onFocus = useCallback((event: FocusEvent) => {
    const row = event.target instanceof Element ? event.target.closest('[data-item-id]') : null;
    const id = row?.getAttribute('data-item-id');
    if (id) setFocusedId(id);
  }, []);
  const focusedIndex = useMemo(() => {
    const at = focusedId === null ? -1 : items.findIndex((item) => keyOf(item) === focusedId);
    return at < 0 ? undefined : at;
  }, [items, keyOf, focusedId]);
  return { focusedIndex, onFocus };
}
