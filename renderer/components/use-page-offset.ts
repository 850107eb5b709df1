import { useLayoutEffect, useRef, useState } from 'react';

/** Where a list sits in the page's scroll, as a window virtualizer needs it. */
export interface PagePlacement {
  /** How far below the top of the page the list starts: the virtualizer's `scrollMargin`. */
  offset: number;
  /** The band at the top of the window that the sticky header covers (the page's scroll-padding-top). */
  inset: number;
}

function measure(node: HTMLElement): PagePlacement {
  const inset = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop);
  return { offset: node.getBoundingClientRect().top + window.scrollY, inset: Number.isFinite(inset) ? inset : 0 };
}

/**
 * The list's placement, measured before the first paint and again whenever the page's layout changes
 * (presentation mode's larger type, a header that wraps, a panel opening above the list): a stale
 * offset would scroll a row the list wants in view to where it is not.
 */
export function usePageOffset<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [placement, setPlacement] = useState<PagePlacement>({ offset: 0, inset: 0 });
  // The placement last set, compared outside React: the body resizes whenever the list's length changes
  // (each filter keystroke), and a state update that changes nothing still renders the list once more.
  const current = useRef(placement);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const update = () => {
      const was = current.current;
      const now = measure(node);
      if (now.offset === was.offset && now.inset === was.inset) return;
      current.current = now;
      setPlacement(now);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    // Measured in the next frame, once every observer of this layout (the header's height) has run.
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(update);
    });
    observer.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, []);
  return [ref, placement] as const;
}
