import { useEffect, useRef } from 'react';
import { addLeaveGuard } from '../../store/leave-guard';

/**
 * For a retro's form for a new thing (a card, an action, a timeline event): while what it holds is on its way to be
 * saved, a switch that would take the form off the screen (a phase change, a topic step, another screen or team)
 * waits for the answer. Saved, the switch goes on; refused, it does not, and the words stay in the form beside the
 * error, where the person can fix them or discard them (the form's own question). Without this, the form went with
 * the switch and a refused save lost what was typed. An editor opening beside the list lets the form stay, so it
 * passes. Wrap the save's call: `await untilSaved(op(...))`, which answers what the call answers (null: refused).
 */
export function useLeaveAfterSave(): <T>(save: Promise<T | null>) => Promise<T | null> {
  const saving = useRef<Promise<unknown> | null>(null);
  // The last switch asked for while saving: one phase key pressed twice must not move two phases.
  const waiting = useRef<(() => void) | null>(null);
  useEffect(
    () =>
      addLeaveGuard((retry, kind) => {
        if (saving.current === null || kind === 'editor') return true;
        waiting.current = retry;
        return false;
      }),
    [],
  );
  return async (save) => {
    saving.current = save;
    let saved: Awaited<typeof save> = null;
    try {
      saved = await save;
    } finally {
      // A save that threw lets the switches through again, without running the one that waited.
      saving.current = null;
      const retry = waiting.current;
      waiting.current = null;
      if (saved !== null) retry?.();
    }
    return saved;
  };
}
