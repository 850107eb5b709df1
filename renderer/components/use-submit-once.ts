import { useRef, useState, type FormEvent } from 'react';

/**
 * A form's submit that cannot run twice at once: while the first save is on its way, a second press (a
 * double click, Enter twice) is ignored. The ref answers a press that comes before the screen shows the
 * first one; `busy` is for the submit button: DialogActions' `busy`, or `busyButton(busy)` on a plain one.
 */
export function useSubmitOnce() {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  /** The form's onSubmit: runs `work` unless an earlier one is still running. */
  const once =
    (work: () => Promise<unknown>) =>
    async (event?: FormEvent): Promise<void> => {
      event?.preventDefault();
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        await work();
      } finally {
        running.current = false;
        setBusy(false);
      }
    };
  return { busy, once };
}

/**
 * A plain submit button's state while busy: aria-disabled, not disabled, so it keeps the focus (a disabled
 * button drops it to the page).
 */
export function busyButton(busy: boolean) {
  return { 'aria-disabled': busy || undefined, 'aria-busy': busy || undefined };
}
