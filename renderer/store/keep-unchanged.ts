import { isPlainObject } from '../../src/domain/shared/plain-object';

/**
 * Structural sharing for api answers: `next` with every part that equals the same part of `prev`
 * replaced by `prev`'s object, and `prev` itself when nothing differs. An answer that confirms what the
 * screen already shows (an optimistic vote, a move) then keeps every object's identity, so memoized
 * rows and derived lists stay as they are instead of rendering again. For JSON data: plain objects,
 * arrays and primitives.
 */
export function keepUnchanged<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) return keepArray(prev, next) as T;
  if (isPlainObject(prev) && isPlainObject(next)) return keepObject(prev, next) as T;
  return next;
}

const idOf = (entry: unknown): unknown => (isPlainObject(entry) ? entry.id : undefined);
const own = (value: object, key: string) => Object.prototype.hasOwnProperty.call(value, key);

// Both walk the answer without allocating anything until the first difference: most of an answer
// equals what is shown, and a team holds thousands of objects.

function keepArray(prev: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  // Entries are matched by position while their ids agree (the usual answer: one entry changed in
  // place); an entry whose id differs from the one in its place (one added or removed before it) by id.
  let byId: Map<unknown, unknown> | null = null;
  let out: unknown[] | null = prev.length === next.length ? null : [];
  for (let i = 0; i < next.length; i++) {
    const entry = next[i];
    let before = prev[i];
    const id = idOf(entry);
    if (id !== undefined && idOf(before) !== id) {
      if (!byId) {
        byId = new Map();
        for (const p of prev) if (idOf(p) !== undefined) byId.set(idOf(p), p);
      }
      before = byId.get(id);
    }
    const kept = keepUnchanged(before, entry);
    if (out === null) {
      if (kept === prev[i]) continue;
      out = prev.slice(0, i);
    }
    out.push(kept);
  }
  return out ?? prev;
}

function keepObject(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  let keys = 0;
  for (const key in next) {
    if (!own(next, key)) continue;
    keys++;
    const before = own(prev, key) ? prev[key] : undefined;
    const kept = keepUnchanged(before, next[key]);
    if (out === null) {
      if (kept === before && (kept !== undefined || own(prev, key))) continue;
      out = {};
      for (const earlier in next) {
        if (earlier === key) break;
        if (own(next, earlier)) out[earlier] = prev[earlier];
      }
    }
    out[key] = kept;
  }
  if (out !== null) return out;
  // Every field of the answer is the same: it is `prev` unless `prev` has a field the answer dropped.
  for (const key in prev) if (own(prev, key)) keys--;
  return keys === 0 ? prev : pick(prev, next);
}

/** `prev`'s values under the answer's fields only. */
function pick(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in next) if (own(next, key)) out[key] = prev[key];
  return out;
}
