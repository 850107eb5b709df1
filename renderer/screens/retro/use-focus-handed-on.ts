import { type FocusEvent, useLayoutEffect, useRef } from 'react';
import { focusIsLost } from '../../app/useFocusRescue';

/**
 * Hands the focus on when a change of `shown` takes the focused control off the screen (cards hidden take their
 * Edit buttons; a voter who joins on their phone takes their vote rows): to the place `handTo` finds from what
 * `note` noted about the control when it took the focus (its card, its list), not to the page's main region,
 * where the app's rescue would put it. Answers the focus handler for the part of the screen that holds the
 * controls; a control `note` answers null for is left to the rescue. `handTo` is one function for the screen's life
 * (a module's), as it is a dependency of the hand-off.
 */
export function useFocusHandedOn<T>(
  shown: unknown,
  note: (focused: Element) => T | null,
  handTo: (noted: T) => HTMLElement | null | undefined,
): (event: FocusEvent) => void {
  const focused = useRef<{ control: Element; noted: T } | null>(null);
  // Before the paint, and so before the rescue's frame: the control is gone from the page in this commit.
  useLayoutEffect(() => {
    const was = focused.current;
    if (!was || was.control.isConnected || !focusIsLost()) return;
    focused.current = null;
    handTo(was.noted)?.focus();
  }, [shown, handTo]);
  return (event) => {
    const noted = note(event.target);
    focused.current = noted === null ? null : { control: event.target, noted };
  };
}
