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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function keepArray(prev: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
  // Entries with an id are matched by id (a list where one entry was added or removed keeps the rest);
  // others by position.
  const byId = new Map<unknown, unknown>();
  for (const entry of prev) if (isPlainObject(entry) && 'id' in entry) byId.set(entry.id, entry);
  let same = prev.length === next.length;
  const out = next.map((entry, i) => {
    const before = isPlainObject(entry) && 'id' in entry && byId.has(entry.id) ? byId.get(entry.id) : prev[i];
    const kept = keepUnchanged(before, entry);
    if (kept !== prev[i]) same = false;
    return kept;
  });
  return same ? prev : out;
}

function keepObject(prev: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const kept = keepUnchanged(prev[key], next[key]);
    if (kept !== prev[key] || !(key in prev)) same = false;
    out[key] = kept;
  }
  return same ? prev : out;
}
