import { useCallback, useState } from 'react';

/**
 * A field's or a form's unsaved edit over a stored value. Untouched, or saved since, it shows the stored value as it
 * now is: one saved elsewhere (a sync, another window) is shown, and leaving the form does not write it back over.
 * `draft` is null until the user changes something; `setDraft(null)` drops the edit.
 */
export function useFollowedDraft<T>(stored: T) {
  const [draft, setDraft] = useState<T | null>(null);
  /** Once the edit `sent` is saved: follow the stored value again, unless the user changed it meanwhile. */
  const settle = useCallback((sent: T | null) => setDraft((now) => (now === sent ? null : now)), []);
  return { value: draft ?? stored, draft, setDraft, settle };
}
