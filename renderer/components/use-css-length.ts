import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A length the stylesheet owns, in px, for a script that must place things by it (a virtualized list of
 * rows of one height). Render the returned sizer (hidden, `height: var(--the-length)`): it is measured
 * before the first paint and again whenever it resizes (presentation mode's larger type scales a length
 * given in rem). Until then, and where nothing is laid out (tests), the answer is `fallback`.
 */
export function useCssLength(fallback: number) {
  const sizer = useRef<HTMLDivElement>(null);
  const [length, setLength] = useState(fallback);
  useLayoutEffect(() => {
    const node = sizer.current;
    if (!node) return;
    const update = (px: number) => {
      if (px > 0) setLength(px);
    };
    update(node.getBoundingClientRect().height);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => update(entry?.contentRect.height ?? 0));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [sizer, length] as const;
}
