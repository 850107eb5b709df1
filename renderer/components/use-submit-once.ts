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

/**
 * `once` for each of many buttons (an item's, a card's): while the call for one key is on its way, a second
 * press for that key is ignored; the other keys' presses go on. `busy(key)` is for that key's button
 * (`busyButton`). `work` handles its own errors.
 */
export function useOncePerKey() {
  const running = useRef(new Set<string>());
  const [busyKeys, setBusyKeys] = useState<ReadonlySet<string>>(() => new Set());
  const run = (key: string, work: () => Promise<void>): void => {
    if (running.current.has(key)) return;
    running.current.add(key);
    setBusyKeys(new Set(running.current));
    void work().finally(() => {
      running.current.delete(key);
      setBusyKeys(new Set(running.current));
    });
  };
  return { busy: (key: string) => busyKeys.has(key), run };
}
