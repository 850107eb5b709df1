/** A JSON object (not an array, not null): a record read from a file, a merge, a migration. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
