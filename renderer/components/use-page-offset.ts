import { useLayoutEffect, useRef, useState } from 'react';

/**
 * How far below the top of the page an element starts, measured before the first paint: the
 * `scrollMargin` a window virtualizer needs for a list that sits below other content.
 */
export function usePageOffset<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const node = ref.current;
    if (node) setOffset(node.getBoundingClientRect().top + window.scrollY);
  }, []);
  return [ref, offset] as const;
}
