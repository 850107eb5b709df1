/**
 * Freezes a JSON value and everything in it, skipping what is frozen already (as immer does: a frozen
 * object's contents are frozen too).
 *
 * Teams come from JSON.parse unfrozen, and immer freezes every record of a state on its first change:
 * for a 10,000-item team that held the first save after opening ~60-100 ms. The store freezes its teams
 * while it settles instead, when nothing waits (workspace-store.ts).
 */
export function freezeDeep(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
}
