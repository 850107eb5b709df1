/**
 * `list.filter(keep)`, kept up to date from the previous answer instead of filtering the whole list
 * again. A change to a large team (a moved card, a reordered row) replaces a few items of a
 * 10,000-item array: the items it did not touch are the same objects at the same places, so only the
 * changed stretch is filtered (finding it compares references, which is ~100× cheaper than reading
 * fields of 10,000 items of different shapes). Keep only for filters that read nothing but the item.
 */
export interface Refilter<T> {
  (list: readonly T[]): readonly T[];
}

/** Above this share of the list changed, filtering it whole is as cheap. */
const WHOLE_FROM = 0.25;

/** `keep` must depend on the item alone: the answer for an unchanged item object is reused. */
export function createRefilter<T>(keep: (item: T) => boolean): Refilter<T> {
  let before: readonly T[] | null = null;
  let answer: readonly T[] = [];
  return (list) => {
    if (list === before) return answer;
    const next = before ? patched(before, answer, list, keep) : null;
    before = list;
    answer = next ?? list.filter(keep);
    return answer;
  };
}

/**
 * Where two lists differ: `prev[head, prevEnd)` became `list[head, end)`; before and after that stretch
 * they hold the same objects. Compares references only.
 */
function changedStretch<T>(prev: readonly T[], list: readonly T[]): { head: number; prevEnd: number; end: number } {
  const shorter = Math.min(prev.length, list.length);
  let head = 0;
  while (head < shorter && prev[head] === list[head]) head++;
  let tail = 0;
  while (tail < shorter - head && prev[prev.length - 1 - tail] === list[list.length - 1 - tail]) tail++;
  return { head, prevEnd: prev.length - tail, end: list.length - tail };
}

/**
 * `compute(list)`, worked out again only when the list holds other objects, not when it was merely
 * reordered (a backlog move): for figures that do not depend on order, such as the labels in use.
 */
export function createMembersMemo<T, R>(compute: (list: readonly T[]) => R): (list: readonly T[]) => R {
  let before: readonly T[] | null = null;
  let answer: R | undefined;
  return (list) => {
    if (before === null || !sameMembers(before, list)) answer = compute(list);
    before = list;
    return answer as R;
  };
}

function sameMembers<T>(prev: readonly T[], list: readonly T[]): boolean {
  if (prev === list) return true;
  if (prev.length !== list.length) return false;
  const { head, prevEnd, end } = changedStretch(prev, list);
  const was = new Set(prev.slice(head, prevEnd));
  const now = list.slice(head, end);
  return new Set(now).size === was.size && now.every((item) => was.has(item)) && was.size === end - head;
}

/**
 * The filtered list after `prev` became `list`, from `prevKept` (= prev.filter(keep)); the same array
 * when no kept item changed; null when too much changed to be worth patching.
 */
function patched<T>(
  prev: readonly T[],
  prevKept: readonly T[],
  list: readonly T[],
  keep: (item: T) => boolean,
): readonly T[] | null {
  const { head, prevEnd, end } = changedStretch(prev, list);
  if (end - head > WHOLE_FROM * list.length + 16) return null;
  // Where the changed stretch starts in the kept list: at the first kept item from `head` on (a list
  // holding one object twice is filtered whole).
  let from = prevKept.length;
  for (let i = head; i < prev.length; i++) {
    const item = prev[i] as T;
    if (keep(item)) {
      from = prevKept.indexOf(item);
      if (from < 0 || prevKept.lastIndexOf(item) !== from) return null;
      break;
    }
  }
  let removed = 0;
  for (let i = head; i < prevEnd; i++) if (keep(prev[i] as T)) removed++;
  const added: T[] = [];
  for (let i = head; i < end; i++) if (keep(list[i] as T)) added.push(list[i] as T);
  if (added.length === removed && added.every((item, k) => item === prevKept[from + k])) return prevKept;
  // concat, not spread: spreading iterates 10,000 items one by one (~10× slower than copying them).
  return prevKept.slice(0, from).concat(added, prevKept.slice(from + removed));
}
