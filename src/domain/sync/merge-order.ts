/**
 * Three-way merge of an order (the backlog's priority, any collection's list of keys): inserts from both
 * sides are kept at the place their side gave them; an entry moved on one side only takes that side's
 * place; one moved on both sides takes THEIRS. Only keys in `keep` (the merged collection) come out.
 * merge(base, base, theirs) is theirs' order and merge(base, mine, base) is mine's, so replicas converge.
 */

/** Indexes into `seq` of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((seq[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = prev[i] as number) out.add(i);
  return out;
}

/** Keys present in both lists whose place relative to the others changed from base to side. */
export function movedKeys(base: readonly string[], side: readonly string[]): Set<string> {
  const basePos = new Map(base.map((k, i) => [k, i]));
  const common = side.filter((k) => basePos.has(k));
  const stay = longestIncreasing(common.map((k) => basePos.get(k) as number));
  return new Set(common.filter((_, i) => !stay.has(i)));
}

const HEAD = '\u0000head';

export function mergeOrder(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
  keep: ReadonlySet<string>,
): string[] {
  const theirSet = new Set(theirs);
  const movedMine = movedKeys(base, mine);
  const movedTheirs = movedKeys(base, theirs);
  const pending = new Set(
    mine.filter((k) => keep.has(k) && (!theirSet.has(k) || (movedMine.has(k) && !movedTheirs.has(k)))),
  );
  const anchored = theirs.filter((k) => keep.has(k) && !pending.has(k));
  const anchoredSet = new Set(anchored);
  // Each of mine's pending keys goes right after the key before it in mine's order that has a place.
  const after = new Map<string, string>();
  let prev = HEAD;
  for (const k of mine) {
    if (pending.has(k)) {
      after.set(prev, k);
      prev = k;
    } else if (anchoredSet.has(k)) prev = k;
  }
  const out: string[] = [];
  const emit = (start: string) => {
    for (let k = after.get(start); k !== undefined; k = after.get(k)) out.push(k);
  };
  emit(HEAD);
  for (const k of anchored) {
    out.push(k);
    emit(k);
  }
  return out;
}
