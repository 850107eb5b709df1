/** What the keyboard can reach (tabindex -1 left out), as a selector. */
export const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The controls inside `root` the keyboard can reach now, in document order: turned-off ones left out. */
export function enabledControlsIn(root: ParentNode | null | undefined): HTMLElement[] {
  return [...(root?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter((el) => !el.hasAttribute('disabled'));
}
