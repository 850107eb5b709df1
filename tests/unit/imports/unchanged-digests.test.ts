import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/domain/imports/map-rows';
import { matchRows } from '../../../src/domain/imports/match';
import { itemDigests, rowWrites, unchangedRows } from '../../../src/domain/imports/update-fields';

const IMPORTED = new Set<PropertyKey>(['title', 'type', 'description', 'labels', 'points']);

/** An item of the backlog, imported before from key; every read of a field an import writes is counted. */
function itemOf(key: string, title: string, reads: { count: number }) {
  const item = {
    id: `id-${key}`,
    title,
    type: 'story' as const,
    description: 'Steps in the runbook.',
    labels: ['ops'],
    points: 3,
    source: { product: 'jira' as const, site: '', key },
  };
  return new Proxy(item, {
    get(target, property, receiver) {
      if (IMPORTED.has(property)) reads.count++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

/** The row of a re-imported file that holds the item's values as they were imported. */
const rowOf = (key: string, title: string): ImportRow => ({
  row: 2,
  key,
  site: '',
  link: key,
  title,
  type: 'story',
  description: 'Steps in the runbook.',
  labels: ['ops'],
  points: 3,
  notes: [],
  skip: null,
});

/**
 * The import dialog's preview asks again which rows leave their items as they are whenever the team changes while
 * it is open (a part of the import saved, an edit, a sync). An item the change left alone keeps its object, so its
 * values are not read and digested again; an item changed since is a new object, and compared anew.
 */
describe('the rows a re-import leaves unchanged, asked again as the team changes', () => {
  const keys = [rowOf('OPS-1', 'Rotate the pager'), rowOf('OPS-2', 'Move the cron host')].map((row) => ({
    ...row,
    writes: rowWrites(row, 'fibonacci'),
  }));

  it('reads each item that stayed the same object once, however often the team changes', () => {
    const reads = { count: 0 };
    const items = [itemOf('OPS-1', 'Rotate the pager', reads), itemOf('OPS-2', 'Move the cron host', reads)];
    const digests = itemDigests();
    const unchanged = (backlog: typeof items) =>
      unchangedRows(matchRows(keys, 'jira', { items: backlog, deletedSources: [] }), keys, backlog, digests);

    expect(unchanged(items)).toEqual(new Set([0, 1]));
    const once = reads.count;
    expect(once).toBeGreaterThan(0);
    // The team changed: an item was added; the two the rows update are the same objects.
    const added = [...items, itemOf('OPS-9', 'Patch the kernel', { count: 0 })];
    expect(unchanged(added)).toEqual(new Set([0, 1]));
    expect(unchanged(added)).toEqual(new Set([0, 1]));
    expect(reads.count).toBe(once);
  });

  it('compares an item edited since (a new object) anew, and the row updates it again', () => {
    const reads = { count: 0 };
    const first = itemOf('OPS-1', 'Rotate the pager', reads);
    const second = itemOf('OPS-2', 'Move the cron host', reads);
    const digests = itemDigests();
    const unchanged = (backlog: (typeof first)[]) =>
      unchangedRows(matchRows(keys, 'jira', { items: backlog, deletedSources: [] }), keys, backlog, digests);

    expect(unchanged([first, second])).toEqual(new Set([0, 1]));
    expect(unchanged([first, { ...second, title: 'Move the cron host to k8s' }])).toEqual(new Set([0]));
    expect(unchanged([first, second])).toEqual(new Set([0, 1]));
  });
});
