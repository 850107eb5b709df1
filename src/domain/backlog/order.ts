/** Moves the element with `id` to `toIndex` (clamped, moveTarget); returns a new array, a copy when nothing moves. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] {
  const from = list.findIndex((x) => x.id === id);
  // slice, not spread: a copy of a 10,000-item backlog in one step rather than item by item.
  if (from === -1) return list.slice();
  const target = moveTarget(list.length, toIndex);
  if (from === target) return list.slice();
  const next = list.slice();
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}

/** Where a move to `toIndex` puts an item of a list this long: a whole index within the list (past the end: last). */
export function moveTarget(length: number, toIndex: number): number {
  return Math.max(0, Math.min(length - 1, Math.trunc(toIndex)));
}
