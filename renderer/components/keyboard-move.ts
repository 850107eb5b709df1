import { useCallback, useRef, useState } from 'react';

/**
 * Keyboard moves, as the backlog and the board offer them: Space (or Enter) on an item's handle
 * picks it up, the arrow keys (and Page Up/Down, Home/End) choose where it goes, Space or Enter
 * drops it there and Escape (or Tab away) puts it back. Nothing changes until the drop.
 */

export type MoveKeyAction =
  { kind: 'pick-up' } | { kind: 'target'; to: number } | { kind: 'drop' } | { kind: 'cancel' } | { kind: 'none' };

/** Places a Page Up / Page Down moves a picked-up item by. */
export const PAGE_STEP = 10;

const DROP_KEYS = new Set([' ', 'Enter']);

/** Up and down a list (↑ ↓ Page Up/Down), or across columns (← →); Home and End either way. */
export type MoveAxis = 'vertical' | 'horizontal';

/**
 * What a key pressed on a handle does. `to` is the picked-up item's current target place (null when
 * nothing is picked up) and `count` the number of places.
 */
export function moveKeyAction(
  key: string,
  to: number | null,
  count: number,
  modifiers: { alt: boolean; ctrl: boolean; meta: boolean },
  axis: MoveAxis = 'vertical',
): MoveKeyAction {
  if (modifiers.alt || modifiers.ctrl || modifiers.meta) return { kind: 'none' };
  if (to === null) return DROP_KEYS.has(key) ? { kind: 'pick-up' } : { kind: 'none' };
  if (DROP_KEYS.has(key)) return { kind: 'drop' };
  if (key === 'Escape' || key === 'Tab') return { kind: 'cancel' };
  const last = Math.max(0, count - 1);
  const steps: Record<string, number> =
    axis === 'vertical'
      ? { ArrowUp: to - 1, ArrowDown: to + 1, PageUp: to - PAGE_STEP, PageDown: to + PAGE_STEP }
      : { ArrowLeft: to - 1, ArrowRight: to + 1 };
  const next = key === 'Home' ? 0 : key === 'End' ? last : steps[key];
  if (next === undefined) return { kind: 'none' };
  return { kind: 'target', to: Math.min(last, Math.max(0, next)) };
}

/** The modifier keys of a keyboard event, as moveKeyAction reads them. */
export const modifiersOf = (event: { altKey: boolean; ctrlKey: boolean; metaKey: boolean }) => ({
  alt: event.altKey,
  ctrl: event.ctrlKey,
  meta: event.metaKey,
});

/**
 * A keyboard move's state: the held item (state, to draw it, and a ref set at once, for handlers that
 * run before React re-renders, such as the blur when a dropped card leaves its column) and what the
 * live region says.
 */
export function useKeyboardMove<T extends { id: string }>() {
  const [held, setHeldState] = useState<T | null>(null);
  const heldNow = useRef<T | null>(null);
  const [announcement, announce] = useState('');
  const setHeld = useCallback((next: T | null) => {
    heldNow.current = next;
    setHeldState(next);
  }, []);
  /** Puts the held item back where it was (Escape, Tab). */
  const cancel = useCallback(
    (item: { title: string }) => {
      setHeld(null);
      announce(`Moving ${item.title} was cancelled.`);
    },
    [setHeld],
  );
  /** Focus leaving the held item's handle puts it back, as Escape does. */
  const onHandleBlur = useCallback(
    (item: { id: string; title: string }) => {
      if (heldNow.current?.id === item.id) cancel(item);
    },
    [cancel],
  );
  return { held, heldNow, setHeld, announcement, announce, cancel, onHandleBlur };
}
