/** A JSON object (not an array, not null): a record read from a file, a merge, a migration. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value `table` itself holds under `key`, or undefined: never one it inherits. A key that comes
 * from a person or a file ("constructor", "__proto__", "toString") would otherwise find Object's own
 * members in a plain object literal.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
