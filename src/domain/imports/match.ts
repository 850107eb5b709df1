import type { BacklogItem } from '../backlog/schema';
import type { ImportRow } from './map-rows';
import { shortened } from './quote';
import { indexSources, type ItemSource, type ImportProduct } from './source';

/** What a row does to the backlog: adds an item, updates the item of its source, or is skipped. */
export type RowMatch =
  | { kind: 'add'; source: ItemSource | null }
  | {
      kind: 'update';
      itemId: string;
      source: ItemSource;
      /** The item was imported without a site, and this row gives it one. */
      givesSite: boolean;
    }
  | { kind: 'skip'; reason: string };

/** A row as the match needs it: the preview has these for every row, the import service whole rows. */
export type RowKey = Pick<ImportRow, 'row' | 'key' | 'site' | 'skip'>;

/** The part of a team the match reads. */
export interface MatchBacklog {
  items: readonly Pick<BacklogItem, 'id' | 'source'>[];
  deletedSources: readonly ItemSource[];
}

/**
 * Matches rows to the backlog by source, as the import applies them and as its preview says: a row whose
 * source is an item's updates it, one whose source was deleted in Cadence is skipped, others are added. A source
 * without a site matches the same product and key with one (each such item once per import).
 */
export function matchRows(rows: readonly RowKey[], product: ImportProduct, backlog: MatchBacklog): RowMatch[] {
  const existing = indexSources(backlog.items.flatMap((i) => (i.source ? [[i.source, i] as const] : [])));
  const deleted = indexSources(backlog.deletedSources.map((s) => [s, true] as const));
  // An item matched without its site once is not matched again by another row of the same import.
  const matchedSiteless = new Set<string>();
  return rows.map((row): RowMatch => {
    if (row.skip !== null) return { kind: 'skip', reason: row.skip };
    // A blank key (spaces only) is no key: items keep only what the schema can hold.
    const key = row.key?.trim() || null;
    const source = key ? { product, site: row.site, key } : null;
    if (!source) return { kind: 'add', source };
    const same = existing.exact(source);
    if (same) return { kind: 'update', itemId: same.id, source, givesSite: false };
    if (deleted.exact(source) ?? deleted.siteless(source)) {
      return { kind: 'skip', reason: `${shortened(source.key)} was deleted in Cadence, so it is not added back` };
    }
    const siteless = existing.siteless(source);
    if (!siteless || matchedSiteless.has(siteless.id)) return { kind: 'add', source };
    matchedSiteless.add(siteless.id);
    // An item imported without its site takes the row's; one with a site keeps it when the row has none.
    return { kind: 'update', itemId: siteless.id, source, givesSite: source.site !== '' };
  });
}

/**
 * How many rows add an item, update one, leave the item of their key as it is (the indexes in `unchanged`), or are
 * skipped.
 */
export function tallyMatches(
  matches: readonly RowMatch[],
  unchanged: ReadonlySet<number> = new Set(),
): { added: number; updated: number; unchanged: number; skipped: number } {
  const count = (kind: RowMatch['kind']) => matches.filter((m) => m.kind === kind).length;
  const updates = count('update');
  return { added: count('add'), updated: updates - unchanged.size, unchanged: unchanged.size, skipped: count('skip') };
}
