import { focusSoon } from '../../components/focus-soon';
import { neighbourOf } from '../../../src/domain/shared/neighbour';

/**
 * After a calendar entry's Remove, its button is gone with it: the next entry's Remove button takes the focus
 * (Enter goes on down the list), or the one before it at the end, or the list's heading once it is empty.
 */
export function focusAfterRemove(entries: readonly { id: string }[], removedId: string, headingId: string): void {
  const next = neighbourOf(entries, removedId);
  focusSoon(() =>
    next
      ? document.querySelector(`.calendar-list [data-entry-id="${CSS.escape(next.id)}"] button.danger`)
      : document.getElementById(headingId),
  );
}
