/**
 * The retro runner's single keys. Its keyboard handler (`RetroRunner`) acts on them, and the controls that do the
 * same announce them in `aria-keyshortcuts` (`keyshortcuts`), so both come from here. A letter stands for itself
 * in either case.
 */
export const RETRO_KEYS = {
  next: [']', 'PageDown'],
  previous: ['[', 'PageUp'],
  reveal: ['R'],
  timer: ['T'],
} as const;

/** A control's `aria-keyshortcuts`: the keys, space-separated. */
export const keyshortcuts = (keys: readonly string[]): string => keys.join(' ');

/** Whether a key press (`event.key`) is one of `keys`. */
export const isKeyOf = (key: string, keys: readonly string[]): boolean =>
  keys.some((k) => k === key || (k.length === 1 && k === key.toUpperCase()));
