import type { KeyboardEvent } from 'react';
import { isEnterToAct } from '../../app/keyboard';

/** The keys that save the item editor, as the hints and the shortcuts list name them. */
export const SAVE_KEYS = 'Ctrl+Enter';

/** Ctrl+Enter (⌘Enter on a Mac): saves the item editor from any of its fields, the description's text area too. */
export const isSaveKeys = (event: KeyboardEvent) => isEnterToAct(event) && (event.ctrlKey || event.metaKey);

/**
 * Enter in a list entry's field (a criterion, a link) adds the next entry after it, as a list editor does, rather
 * than saving and closing the whole item (Ctrl+Enter or the Save button does that). Enter in a blank entry adds no
 * second blank one: it does nothing.
 */
export function addNextOnEnter(text: string, addNext: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isEnterToAct(event) || isSaveKeys(event)) return;
    event.preventDefault();
    if (text.trim() !== '') addNext();
  };
}

/** The entry after the one `id` in `list`, or undefined. */
export const entryAfter = <T extends { id: string }>(list: readonly T[], id: string): T | undefined =>
  list[list.findIndex((e) => e.id === id) + 1];

/** `list` with `entry` placed just after the entry `afterId` (at the end when that is not in the list). */
export function insertedAfter<T extends { id: string }>(list: readonly T[], afterId: string | null, entry: T): T[] {
  const at = list.findIndex((e) => e.id === afterId);
  return at === -1 ? [...list, entry] : [...list.slice(0, at + 1), entry, ...list.slice(at + 1)];
}
