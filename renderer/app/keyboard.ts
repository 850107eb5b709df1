import { isDrawn } from '../components/focusable';

/** True when the key press belongs to a text field, so single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'range'].includes(type);
}

/** True when a modal dialog is open; screen shortcuts stay quiet then. */
export function isModalOpen(): boolean {
  return openDialog() !== null;
}

/**
 * The modal dialog on top, or null: the last one in the page, as a dialog opened from another one is added
 * to the page after it. A dialog hidden with its screen (React hides a screen while the next one loads) is not open.
 */
export function openDialog(): HTMLElement | null {
  return (
    [...document.querySelectorAll<HTMLElement>('[role="dialog"][aria-modal="true"]')].filter(isDrawn).at(-1) ?? null
  );
}

/**
 * True for Option (Alt) with a key that typed a character into a text field on a Mac: '|' is Option+7 and
 * '[' Option+5 on a German keyboard, '£' Option+3 and 'π' Option+P on a US one. That key press is the
 * person's typing, not Alt+7 or Alt+P. Elsewhere Alt with a key types nothing (AltGr comes with Ctrl on
 * Windows), so Alt+1 on a French keyboard, whose key reads '&', is still the shortcut.
 */
export function isOptionTyping(event: KeyboardEvent): boolean {
  return (
    event.altKey &&
    /^Mac/.test(navigator.platform) &&
    isTypingTarget(event.target) &&
    event.key.length === 1 &&
    event.key.toLowerCase() !== event.code.replace(/^(Digit|Key)/, '').toLowerCase()
  );
}

/**
 * Enter pressed to act (add the card, save the title), not the Enter that picks the word an input method is
 * composing (Chinese, Japanese, Korean): that one comes with `isComposing` (keyCode 229 in Chromium).
 */
export function isEnterToAct(event: { key: string; nativeEvent: KeyboardEvent }): boolean {
  return event.key === 'Enter' && !event.nativeEvent.isComposing && event.nativeEvent.keyCode !== 229;
}
