import { useLayoutEffect, useRef, type RefObject } from 'react';

/** An entry's text field in the form, by the entry's id (its `data-entry-id`). */
const entryField = (form: HTMLFormElement | null, id: string) =>
  form?.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(id)}"]`) ?? null;

/**
 * Where the focus goes once a criterion or link added or removed in the item editor is drawn: the new entry's
 * field; after a Remove (whose button leaves the form with its entry), the entry that takes its place, else the
 * one before, else the list's Add button, not the top of the dialog. A layout effect, so the focus moves in the
 * change that removed its button. Call the returned functions just before the change.
 */
export function useEntryFocus(formRef: RefObject<HTMLFormElement | null>) {
  const next = useRef<(() => HTMLElement | null) | null>(null);
  useLayoutEffect(() => {
    const target = next.current;
    next.current = null;
    target?.()?.focus();
  });
  return {
    focusEntry: (id: string) => {
      next.current = () => entryField(formRef.current, id);
    },
    /** Focuses an entry already drawn, at once (nothing changes in the form to wait for). */
    focusEntryNow: (id: string) => entryField(formRef.current, id)?.focus(),
    focusAfterRemoving: (entries: readonly { id: string }[], id: string, add: RefObject<HTMLElement | null>) => {
      const at = entries.findIndex((e) => e.id === id);
      const after = entries[at + 1] ?? entries[at - 1];
      next.current = () => (after ? entryField(formRef.current, after.id) : add.current);
    },
  };
}
