import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface DataTableProps {
  /** What the table holds: its caption for assistive tech, and the name of its box when that scrolls. */
  caption: string;
  /** Classes besides `table`. */
  className?: string;
  /** The column headers, left to right. */
  columns: readonly ReactNode[];
  /** The body and foot rows. */
  children: ReactNode;
}

/**
 * A table of the app's style, captioned. One wider than the window (a 1024 px projector, presentation
 * mode) scrolls sideways inside its own box, never the page; while it is too wide the box is a named,
 * focusable region, so the arrow keys can scroll it, and otherwise there is no extra tab stop.
 */
export function DataTable({ caption, className, columns, children }: DataTableProps) {
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
    <div
      ref={ref}
      className="table-scroll"
      {...(scrolls ? { role: 'region', 'aria-label': caption, tabIndex: 0 } : {})}
    >
      <table className={className ? `table ${className}` : 'table'}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
