import { deepEqual } from '../sync/canonical';

/**
 * The fields of `edited` whose value differs from the one `opened` had (plain data, compared deeply): what a form
 * changed since it opened. Sending only these, a change that reached the record meanwhile (a sync, another
 * window) is not written back over with the value the form started from.
 */
export function changedFields<T extends object>(edited: Partial<T>, opened: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(edited).filter(([key, value]) => !deepEqual(value, opened[key as keyof T])),
  ) as Partial<T>;
}
