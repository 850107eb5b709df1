/** What the keyboard can reach (tabindex -1 left out), as a selector. */
export const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The controls inside `root` the keyboard can reach now, in document order: turned-off ones left out. */
export function enabledControlsIn(root: ParentNode | null | undefined): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => !el.hasAttribute('disabled'));
}

/** Where the focus goes in a dialog (or a step of one): its `[data-autofocus]` element, else its first control. */
export function firstControlIn(root: ParentNode | null | undefined): HTMLElement | null {
  return root?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ?? enabledControlsIn(root)[0] ?? null;
}

/**
 * Whether the element is drawn: not inside a subtree taken out of the layout (display: none). React hides a screen
 * so while the next one, loaded on first use, is on its way, and its focused control loses the focus while it is
 * still in the page. (jsdom has no checkVisibility: there everything counts as drawn.)
 */
export function isDrawn(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility();
}
