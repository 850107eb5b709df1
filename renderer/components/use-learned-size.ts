import { measureElement, type Virtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';

interface LearnedSize {
  estimateSize: () => number;
  measureElement: <S extends Element | Window, E extends Element>(
    element: E,
    entry: ResizeObserverEntry | undefined,
    instance: Virtualizer<S, E>,
  ) => number;
}

/**
 * Virtualizer options that place the rows not drawn yet at the height rows really have (the stylesheet's,
 * presentation mode's), learnt from the last row measured; `guess` until one is. Placed at a guess, the
 * rows drawn after a jump (a scroll, a row scrolled into view) are each measured off it: every one above
 * the screen moves the scroll position (one more scroll event and render of the list), and every one on
 * screen moves the rows below it.
 */
export function useLearnedSize(guess: number): LearnedSize {
  const learned = useRef<number | null>(null);
  return useMemo(
    () => ({
      estimateSize: () => learned.current ?? guess,
      measureElement: (element, entry, instance) => {
        const size = measureElement(element, entry, instance);
        if (size > 0) learned.current = size;
        return size;
      },
    }),
    [guess],
  );
}
