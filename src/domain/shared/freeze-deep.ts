/**
 * Freezes a JSON value and everything in it, skipping what is frozen already (as immer does: a frozen
 * object's contents are taken to be frozen too, so nothing may freeze a container alone).
 *
 * The host keeps each frozen record's encoded bytes for the next write (storage/json-chunks.ts), and
 * a record that is not frozen is encoded afresh on every write.
 *
 * Teams come from JSON.parse unfrozen, and immer freezes every record of a state on its first change:
 * for a 10,000-item team that held the first save after opening ~60-100 ms. The store freezes its teams
 * while it settles instead, when nothing waits (storage/workspace-store.ts).
 */
export function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  // An index loop for arrays: Object.keys of a 10,000-item list would build 10,000 strings.
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
  else for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}
