import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a screen's heading when the screen replaces the one whose button was pressed, so
 * keyboard and screen reader users are not left on a control that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
