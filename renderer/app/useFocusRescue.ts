import { useEffect } from 'react';
import { enabledControlsIn, firstControlIn, isDrawn } from '../components/focusable';
import { openDialog } from './keyboard';

/**
 * The control to take the focus from one that was just turned off (Previous at the first topic, a vote's
 * Remove at no votes, Run next command after the last): the nearest control after it, else the nearest
 * before it, looking out one container at a time, never out of a dialog (the page behind it is inert); null
 * when none is found.
 */
export function nearestControl(lost: Element): HTMLElement | null {
  for (let box = lost.parentElement; box; box = box.parentElement) {
    const controls = enabledControlsIn(box).filter((c) => c !== lost);
    if (controls.length === 0) {
      if (box.matches('[role="dialog"]')) return null;
      continue;
    }
    const after = controls.find((c) => lost.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after ?? controls.at(-1) ?? null;
  }
  return null;
}

/**
 * Where a focus that left with its control goes: into the open dialog (its autofocus control, its first
 * control, else the dialog itself), as the page behind it is inert; else the page's main region.
 */
function fallbackTarget(): HTMLElement | null {
  const dialog = openDialog();
  return dialog ? (firstControlIn(dialog) ?? dialog) : document.getElementById('main');
}

/**
 * Whether the focus is nowhere a person put it: on the page's body, or on the main region where the
 * rescue below puts a focus that left with its control. A screen that hands the focus on itself a little
 * later (after the next paint) checks this, not the body alone: the rescue may have come first.
 */
export function focusIsLost(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body || focused === document.getElementById('main');
}

/** How many frames a rescue keeps trying (about a second). */
const RESCUE_FRAMES = 60;

/**
 * Keeps the focus off the page's body. A focused control that is turned off or taken out of the page
 * loses the focus with nowhere for it to go, and the next Tab starts again from the top of the page.
 * Screens hand the focus on themselves where they know the next place (the next row after a delete);
 * when the focus is still on the body a frame later, it goes to the control nearest the one turned off,
 * or to the page's main region when the control left the page or was hidden with its screen (the open dialog's
 * first control while one is open).
 *
 * Where the control went is decided after the frame, not at `focusout`: Chromium sends `focusout` before it
 * takes a removed element out of the page, so in the handler the control still looks connected. A control
 * still in the page and still on after the frame lost the focus on purpose (a click on blank space): that
 * is left alone.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    // Until the focus is off the body; for a while, as a target may not take it at once: a dialog hidden with its
    // screen keeps the rest of the app inert until it leaves the page, a few frames later.
    const rescue = (lost: HTMLElement, tries: number) =>
      requestAnimationFrame(() => {
        if (!document.hasFocus() || (document.activeElement && document.activeElement !== document.body)) return;
        // Gone from the page, or hidden with its screen while the next screen loads (it leaves the page later).
        const left = !lost.isConnected || !isDrawn(lost);
        const turnedOff = !left && lost.matches(':disabled');
        if (!left && !turnedOff) return;
        const target = (turnedOff ? nearestControl(lost) : null) ?? fallbackTarget();
        target?.focus({ preventScroll: true });
        if (document.activeElement === document.body && tries > 0) rescue(lost, tries - 1);
      });
    const onFocusOut = (event: FocusEvent) => {
      const lost = event.target;
      // Focus going elsewhere, or the window losing it (another app, the address bar): nothing to rescue.
      if (event.relatedTarget !== null || !(lost instanceof HTMLElement)) return;
      rescue(lost, RESCUE_FRAMES);
    };
    document.addEventListener('focusout', onFocusOut);
    return () => document.removeEventListener('focusout', onFocusOut);
  }, []);
}
