import { ItemFieldsSchema, type BacklogItem } from '../backlog/schema';
import { isOnScale, type PointScale } from '../team/scales';
import type { ImportRow } from './map-rows';
import type { RowMatch } from './match';
import { fitPoints } from './points';

/**
 * The fields an import writes; never sprint, owner or order, which belong to the team's own work, and the status only
 * to close an item (closes.ts).
 */
const IMPORTED = ItemFieldsSchema.pick({ title: true, type: true, description: true, labels: true, points: true });
export type ImportedFields = Pick<BacklogItem, 'title' | 'type' | 'description' | 'labels' | 'points'>;
type ImportedField = keyof ImportedFields;

/** A row's fields as an item holds them, or why the item schema refuses them (the row is skipped with it). */
export function fieldsOf(row: ImportRow, scale: PointScale): ImportedFields | string {
  // Points that did not come through the mapping onto this scale (another client, another scale) are fitted here.
  const points =
    row.points === null || isOnScale(scale, row.points) ? row.points : fitPoints(scale, String(row.points)).points;
  const { title, type, description, labels } = row;
  const parsed = IMPORTED.safeParse({ title, type, description, labels, points });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => i.message).join(' ');
}

/**
 * The fields an update writes: those the export has a column for (a client that does not say: all), and not
 * from an empty cell. An empty cell says the tracker has nothing, not that the item should lose what it has: a
 * team that estimates in Cadence's planning poker and describes its items there re-imports to pull in new
 * tickets, and keeps both.
 */
export function writtenFields(fields: ImportedFields, row: Pick<ImportRow, 'unmapped'>): Partial<ImportedFields> {
  const written: Partial<ImportedFields> = { ...fields };
  for (const field of row.unmapped ?? []) delete written[field];
  if (written.points === null) delete written.points;
  if (written.description === '') delete written.description;
  if (written.labels?.length === 0) delete written.labels;
  return written;
}

/**
 * What the import dialog keeps of a row to tell, against the backlog it shows, whether the row's update changes its
 * item: the fields it writes and a digest of their values. The worker that reads the file holds the rows; a digest
 * per row, not its text, crosses to the page. Null for a row the item schema refuses (the import skips it).
 */
export interface RowWrites {
  fields: ImportedField[];
  digest: number;
}

/** A 53-bit digest of a text (cyrb53): two different values of a row's fields share one about once in 10^15. */
function digestOf(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The values of these fields, in this order, as one text: text, a number or a list of labels, as JSON writes them. */
const valuesDigest = (values: Partial<ImportedFields>, fields: readonly ImportedField[]) =>
  digestOf(JSON.stringify(fields.map((field) => values[field] ?? null)));

export function rowWrites(row: ImportRow, scale: PointScale): RowWrites | null {
  const fields = fieldsOf(row, scale);
  if (typeof fields === 'string') return null;
  const written = writtenFields(fields, row);
  const names = Object.keys(written) as ImportedField[];
  return { fields: names, digest: valuesDigest(written, names) };
}

/** The digest of an item's values of these fields, to hold against a row's (RowWrites). */
export type ItemDigest = (item: ImportedFields, fields: readonly ImportedField[]) => number;

/**
 * An ItemDigest that keeps each item's digests by the item object (items are immutable: an edit makes a new one).
 * The import dialog's preview asks again whenever the team changes while it is open; the items the change left
 * alone keep their objects, so only those changed or added since are read and digested again.
 */
export function itemDigests(): ItemDigest {
  const kept = new WeakMap<ImportedFields, Map<string, number>>();
  return (item, fields) => {
    let byFields = kept.get(item);
    if (!byFields) kept.set(item, (byFields = new Map()));
    const key = fields.join(',');
    let digest = byFields.get(key);
    if (digest === undefined) byFields.set(key, (digest = valuesDigest(item, fields)));
    return digest;
  };
}

/** Whether an update with these writes leaves the item as it is: the item holds every value the row writes. */
export function leavesAsIs(writes: RowWrites, item: ImportedFields, digestOf: ItemDigest = valuesDigest): boolean {
  return digestOf(item, writes.fields) === writes.digest;
}

/**
 * The indexes of the rows whose update leaves its item as it is (a re-import of the same file), as the import
 * counts them unchanged: the item holds every value the row writes, and the row gives it no site it lacked. A
 * caller that asks again as the team changes passes one itemDigests() for all its asks.
 */
export function unchangedRows(
  matches: readonly RowMatch[],
  writes: readonly { writes: RowWrites | null }[],
  items: readonly (ImportedFields & { id: string })[],
  digestOf: ItemDigest = valuesDigest,
): Set<number> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const unchanged = new Set<number>();
  matches.forEach((match, i) => {
    if (match.kind !== 'update' || match.givesSite) return;
    const item = byId.get(match.itemId);
    const row = writes[i]?.writes;
    if (item && row && leavesAsIs(row, item, digestOf)) unchanged.add(i);
  });
  return unchanged;
}
