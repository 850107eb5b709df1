import { useEffect, useRef } from 'react';

/**
 * The sticky header's height as `--header-height` on the page, kept as the header wraps or the type
 * grows: `scroll-padding-top` uses it, so a control scrolled into view (by focus or by the list) lands
 * below the header, never under it.
 */
export function useHeaderHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const header = ref.current;
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--header-height', `${header.getBoundingClientRect().height}px`);
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, []);
  return ref;
}
