import { useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useUnsavedChanges } from '../../components/use-unsaved-changes';
import type { HeldDraft } from './calendar-forms';

interface HeldAddDraft<D> {
  /** The add form's fields, held here while the form leaves the screen for an edit. */
  draft: HeldDraft<D>;
  /** The add form's Escape: asks before it empties a form with a name typed. */
  leave: () => void;
  /** The question, when it is asked; render it beside the form. */
  question: ReactNode;
}

/**
 * What a team calendar add form holds, kept by its owner: the form is taken off the screen while an entry is
 * edited, so the question before a switch of view, screen or team that would drop it is asked here. It counts as
 * typed once its name holds text: the dates start at the sprint's first day (or stay as the last entry added left
 * them) and are quick to set again, while the name is what a person typed. A field not typed into follows `empty`:
 * the sprint's first day, also after Edit sprint moved it.
 */
export function useHeldDraft<D extends { name: string }>(empty: () => D, what: string): HeldAddDraft<D> {
  // The fields that differ from an empty form's: the others follow it.
  const [typed, setTyped] = useState<Partial<D>>({});
  const fields: D = { ...empty(), ...typed };
  const setFields: Dispatch<SetStateAction<D>> = (action) =>
    setTyped((was) => {
      const start = empty();
      const next = typeof action === 'function' ? (action as (was: D) => D)({ ...start, ...was }) : action;
      return Object.fromEntries(
        Object.entries(next).filter(([key, value]) => start[key as keyof D] !== value),
      ) as Partial<D>;
    });
  // An entry's Edit hides the add form but keeps its draft here: it neither asks nor empties it (staysForEditors).
  const unsaved = useUnsavedChanges(fields.name.trim() !== '', what, () => setTyped({}), {
    staysForEditors: true,
  });
  return { draft: [fields, setFields], leave: unsaved.leave, question: unsaved.question };
}
