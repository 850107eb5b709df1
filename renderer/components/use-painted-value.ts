import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../api/after-paint';

/**
 * `value` as it was when the screen last painted: a change reaches the caller once the frame that shows it
 * elsewhere is on screen, in a render of its own. For a figure that takes work to follow a change (the
 * burndown after a card move), so that work runs after the move is painted, not before its frame.
 * useDeferredValue is not enough: its render is scheduled at once, and one long computation in it holds the
 * frame back until it ends.
 */
export function usePaintedValue<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let current = true;
    void afterNextPaint().then(() => {
      if (current) startTransition(() => setPainted(value));
    });
    return () => {
      current = false;
    };
  }, [value, painted]);
  return painted;
}
