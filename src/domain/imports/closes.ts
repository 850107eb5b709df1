import type { BacklogItem } from '../backlog/schema';
import type { ItemStatus } from '../backlog/vocabulary';
import type { RowMatch } from './match';

/** The part of an item that tells whether a re-import may close it. */
export type ClosableItem = Pick<BacklogItem, 'id' | 'status' | 'sprintId'>;

/**
 * Whether a row that updates an item closes it: the tracker closed the issue, and in Cadence the item is still to
 * do and in no sprint. Work the team took on (planned, started, in review) is its own, and an import never reopens
 * an item: a row still open leaves a done item done.
 */
export function closesItem(rowStatus: ItemStatus | undefined, item: Omit<ClosableItem, 'id'>): boolean {
  return rowStatus === 'done' && item.status === 'todo' && item.sprintId === null;
}

/** The indexes of the rows whose update closes its item, as the import applies them and as its preview says. */
export function closingRows(
  matches: readonly RowMatch[],
  rows: readonly { status?: ItemStatus }[],
  items: readonly ClosableItem[],
): Set<number> {
  const closing = new Set<number>();
  if (!rows.some((r) => r.status === 'done')) return closing;
  const byId = new Map(items.map((item) => [item.id, item]));
  matches.forEach((match, i) => {
    const item = match.kind === 'update' ? byId.get(match.itemId) : undefined;
    if (item && closesItem(rows[i]?.status, item)) closing.add(i);
  });
  return closing;
}
