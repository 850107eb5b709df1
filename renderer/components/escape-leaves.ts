import type { KeyboardEvent } from 'react';

/**
 * A form's key handler for Escape: `leave` (useUnsavedChanges' leave, which asks first when something was typed).
 * An Escape another control already used (a select's list, a question's Keep editing) is left alone.
 */
export function escapeLeaves(leave: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    leave();
  };
}
