import type { Sprint } from './schema';

/** A scope change's size before and after it, null where neither the change nor the log before it gives one. */
export interface ScopeSizes {
  before: number | null;
  after: number | null;
}

type ScopeChange = Sprint['scopeChanges'][number];

/**
 * The sprint's scope-change log in time order (a merged log need not be sorted; the sort is stable, so changes
 * made at the same moment keep the log's order). The burndown sorts it once and hands the list to each reader; the
 * Plan tab lists the log in this order.
 */
export function logInTimeOrder(sprint: Pick<Sprint, 'scopeChanges'>): ScopeChange[] {
  return sprint.scopeChanges
    .map((c) => ({ c, at: Date.parse(c.at) }))
    .sort((x, y) => x.at - y.at)
    .map(({ c }) => c);
}

/**
 * Each scope change's sizes, by change id, read in time order as the burndown reads the log (sprint-spans.ts): a
 * change that records no size (an interrupt sized in hours going out of the sprint or coming back) has the size
 * the log last gave its item, the one its first "added" change recorded. An estimate cleared is no size, but for
 * unplanned work that `unestimated` gives a size without points (an interrupt's hours, converted). `ordered` is the
 * log in time order, when the caller has it (logInTimeOrder).
 */
export function scopeChangeSizes(
  sprint: Pick<Sprint, 'commitment' | 'scopeChanges'>,
  unestimated: (itemId: string) => number | null = () => null,
  ordered: readonly ScopeChange[] = logInTimeOrder(sprint),
): Map<string, ScopeSizes> {
  const known = new Map<string, number>();
  for (const c of sprint.commitment?.items ?? []) if (c.points !== null) known.set(c.itemId, c.points);
  const sizes = new Map<string, ScopeSizes>();
  for (const c of ordered) {
    const last = known.get(c.itemId) ?? null;
    const cleared = c.kind === 'reestimated' && c.pointsAfter === null && !c.planned ? unestimated(c.itemId) : null;
    sizes.set(c.id, {
      before: c.kind === 'added' ? null : (c.pointsBefore ?? last),
      after: c.kind === 'removed' ? null : (c.pointsAfter ?? (c.kind === 'added' ? last : cleared)),
    });
    const size = c.kind === 'removed' ? c.pointsBefore : (c.pointsAfter ?? cleared);
    if (size !== null) known.set(c.itemId, size);
    else if (c.kind === 'reestimated') known.delete(c.itemId);
  }
  return sizes;
}
