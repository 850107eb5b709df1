import { isModalOpen } from '../app/keyboard';

/** How many frames to wait for the element to appear (about half a second). */
const FRAMES = 30;

/**
 * Moves focus to what `find` returns once it is on the page: after an action the element to focus (the
 * next row, a new heading) is rendered a moment later, and the element that had focus may be gone, which
 * would drop focus to the page body. It waits while a dialog is still open (a closing dialog hands focus
 * back to its opener first), and gives up quietly after about half a second. Elements that cannot take
 * focus (a heading, a status line) are given tabindex -1 first. It never takes the focus from a form
 * field that got it after the call. `options` go to `focus()` (`preventScroll` where the caller has placed the page).
 */
export function focusSoon(
  find: () => Element | null | undefined,
  frames = FRAMES,
  from: Element | null = document.activeElement,
  options: FocusOptions = {},
): void {
  requestAnimationFrame(() => {
    // The person went on to type somewhere else meanwhile (a form field that opened and took the focus):
    // the focus stays with them.
    if (document.activeElement !== from && isField(document.activeElement)) return;
    const found = isModalOpen() ? null : find();
    if (found instanceof HTMLElement) {
      if (!found.matches('a[href], button, input, select, textarea, [tabindex]')) found.tabIndex = -1;
      found.focus(options);
    } else if (frames > 0) focusSoon(find, frames - 1, from, options);
  });
}

const isField = (element: Element | null): boolean =>
  element instanceof HTMLElement && (element.matches('input, textarea, select') || element.isContentEditable);

/** The element with this id, for `focusSoon`; with `text`, only once it reads that (a new sprint's name). */
export const byId = (id: string, text?: string) => () => {
  const found = document.getElementById(id);
  return text === undefined || found?.textContent === text ? found : null;
};
