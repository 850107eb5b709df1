import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface TableScrollProps {
  /** What the table holds, said when its box takes the focus. */
  label: string;
  children: ReactNode;
}

/**
 * A table that may be wider than the window (a 1024 px projector, presentation mode) scrolls sideways
 * inside its own box, never the page. While it is too wide the box is a labelled, focusable region, so
 * the arrow keys can scroll it; otherwise it is a plain box with no extra tab stop.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-scroll" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
