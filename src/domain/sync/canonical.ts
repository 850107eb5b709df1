/**
 * Plain-data helpers the team file and the merge share: JSON values compared and written without regard
 * to the order their keys were set in.
 */

import { isPlainObject } from '../shared/plain-object';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys whose value is not undefined, sorted: an absent key and an undefined one are the same data. */
export function definedKeys(obj: Record<string, unknown>): string[] {
  return Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
}

function collectKeys(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectKeys(v, into);
  } else if (isPlainObject(value)) {
    for (const k in value) {
      into.add(k);
      collectKeys(value[k], into);
    }
  }
}

/**
 * Compact JSON with the keys of every object sorted, so the same data always gives the same text. A
 * key list as JSON.stringify's replacer orders every object's keys by it (and the native writer is fast).
 */
export function canonicalJson(value: unknown): string {
  const keys = new Set<string>();
  collectKeys(value, keys);
  return JSON.stringify(value, [...keys].sort()) ?? 'null';
}

/** Structural equality of JSON-like data; key order and undefined-valued keys do not count. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    let count = 0;
    for (const k in a) {
      if (a[k] === undefined) continue;
      count++;
      if (!deepEqual(a[k], b[k])) return false;
    }
    for (const k in b) if (b[k] !== undefined) count--;
    return count === 0;
  }
  return false;
}
