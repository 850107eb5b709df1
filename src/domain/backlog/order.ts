/** Moves the element with `id` to `toIndex` (clamped); returns a new array, or the same one when nothing moves. */
export function moveById<T extends { id: string }>(list: readonly T[], id: string, toIndex: number): T[] {
  const from = list.findIndex((x) => x.id === id);
  if (from === -1) return [...list];
  const target = Math.max(0, Math.min(list.length - 1, Math.trunc(toIndex)));
  if (from === target) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}
