import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a screen's heading when the screen replaces the one whose button was pressed, so
 * keyboard and screen reader users are not left on a control that no longer exists. The effect runs after the
 * screen is painted: a person already in one of its fields by then keeps the focus there (a tap on the text box
 * the moment it shows must not send the next letters to the heading).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    ref.current?.focus();
  }, []);
  return ref;
}
