import { useLayoutEffect, useRef } from 'preact/hooks';

/** Marks what the focus goes to when the room moves on under the person: the heading or message of the view shown. */
export const VIEW_HEADING = { 'data-view-heading': true, tabIndex: -1 } as const;

/** A section's own heading that takes the focus (a retro column's). */
const SECTION_HEADING = ':scope > h2[tabindex="-1"], :scope > h3[tabindex="-1"]';

/**
 * The room moves on under the person (the facilitator opens another screen, a round ends, the retro goes, a card
 * is deleted) and the control they were on goes with it. After each render, if that left the focus on the page, it
 * goes to the heading of the nearest section still there (the card's column), else to the view's heading
 * (`VIEW_HEADING`), else to `fallback`, so a screen reader says where they are now. A control still there that lost
 * the focus on purpose (a tap on blank space) is left alone. Spread the result on the room's `<main>`.
 */
export function useFocusKept(fallback: { readonly current: HTMLElement | null }) {
  const mainRef = useRef<HTMLElement>(null);
  /** The control focused last and the sections around it, nearest first (a removed control has no way up). */
  const focusedRef = useRef<{ control: Element; sections: Element[] } | null>(null);
  useLayoutEffect(() => {
    const last = focusedRef.current;
    if (!last || last.control.isConnected) return;
    focusedRef.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const heading = last.sections
      .filter((section) => section.isConnected)
      .map((section) => section.querySelector<HTMLElement>(SECTION_HEADING))
      .find((found) => found !== null);
    (heading ?? mainRef.current?.querySelector<HTMLElement>('[data-view-heading]') ?? fallback.current)?.focus();
  });
  return {
    ref: mainRef,
    onFocusIn: (event: FocusEvent) => {
      const control = event.target instanceof Element ? event.target : null;
      const sections: Element[] = [];
      for (let s = control?.closest('section'); s; s = s.parentElement?.closest('section')) sections.push(s);
      focusedRef.current = control && { control, sections };
    },
  };
}
