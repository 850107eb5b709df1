import { readdirSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readExport, remap } from '../../../src/domain/imports/read-export';
import type { ImportRow } from '../../../src/domain/imports/map-rows';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { readFixture } from './read-fixture';

const SITE = 'https://acme.atlassian.net';
const jiraRows = (): ImportRow[] => readFixture('jira-cloud-all-fields.csv', { site: SITE }).rows;

function readCsv(text: string, site = '') {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site });
  if (!read.ok) throw new Error(read.message);
  return read.read;
}

describe('importing a backlog export', () => {
  let b: InProcessApi;
  let teamId: string;
  let now = new Date('2026-11-04T10:00:00.000Z');

  beforeEach(async () => {
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const bySource = (key: string) => team().items.find((i) => i.source?.key === key);
  const importJira = (rows = jiraRows(), dryRun?: boolean) =>
    b.api.importBacklog({ teamId, product: 'jira', rows, ...(dryRun === undefined ? {} : { dryRun }) });

  it('adds every row with a title, keeping where it came from and a link back, and skips the rest with reasons', async () => {
    const result = await importJira();
    expect(result).toMatchObject({ added: 5, updated: 0, skipped: 1, skippedRows: [{ row: 7, reason: 'no title' }] });
    expect(bySource('OPS-101')).toMatchObject({
      title: 'Rotate the TLS certificates on the edge proxies',
      source: { product: 'jira', site: SITE, key: 'OPS-101' },
      links: [expect.objectContaining({ kind: 'ticket', value: `${SITE}/browse/OPS-101` })],
      points: 5,
      status: 'todo',
    });
    expect(bySource('OPS-103')?.title).toBe('=SUM(A1:A9) shows in the cost report');
  });

  it('a dry run reports the same figures and writes nothing', async () => {
    const dry = await importJira(jiraRows(), true);
    expect(dry).toMatchObject({ added: 5, updated: 0, skipped: 1, dryRun: true, backup: null });
    expect(team().items).toEqual([]);
  });

  it('takes a backup before the import', async () => {
    const result = await importJira();
    expect(result.backup).toMatch(/before-backlog-import/);
    expect(readdirSync(b.store.backups.folder)).toContain(result.backup);
  });

  it('a re-import updates title, description, type, labels and points, never status, sprint, owner or order', async () => {
    await importJira();
    const member = await b.api.addMember({ teamId, member: { name: 'Ada' } });
    const item = bySource('OPS-101')!;
    await b.api.updateItem({ teamId, itemId: item.id, changes: { status: 'in_progress', ownerId: member.id } });
    await b.api.moveItem({ teamId, itemId: item.id, toIndex: 3 });
    const order = team().items.map((i) => i.id);

    const rows = jiraRows().map((r) =>
      r.key === 'OPS-101'
        ? { ...r, title: 'Rotate all TLS certificates', labels: ['tls'], points: 8, type: 'task' as const }
        : r,
    );
    const again = await importJira(rows);
    // Only OPS-101 differs from its item; the other four rows find their items holding their values.
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 4, skipped: 1 });
    expect(bySource('OPS-101')).toMatchObject({
      title: 'Rotate all TLS certificates',
      labels: ['tls'],
      points: 8,
      type: 'task',
      status: 'in_progress',
      ownerId: member.id,
    });
    expect(team().items.map((i) => i.id)).toEqual(order);
  });

  it('does not add back an item deleted in Cadence, unless the deletion is undone', async () => {
    await importJira();
    const item = bySource('OPS-104')!;
    await b.api.deleteItem({ teamId, itemId: item.id });
    const again = await importJira();
    expect(again.added).toBe(0);
    expect(again.skippedRows).toContainEqual({
      row: 6,
      reason: 'OPS-104 was deleted in Cadence, so it is not added back',
    });
    expect(bySource('OPS-104')).toBeUndefined();

    await b.api.restoreItem({ teamId, itemId: item.id });
    expect(team().deletedSources).toEqual([]);
  });

  it('skips a repeated key, naming the earlier row, even when a client sends both', async () => {
    const [first] = jiraRows();
    const result = await importJira([first!, { ...first!, row: 9 }]);
    expect(result).toMatchObject({ added: 1, skippedRows: [{ row: 9, reason: 'same key OPS-101 as row 2' }] });
  });

  it('adds a row whose key and link a client sent as spaces, with no source and no link, not an internal error', async () => {
    const [first] = jiraRows();
    const result = await importJira([{ ...first!, key: '  ', link: ' ' }]);
    expect(result).toMatchObject({ added: 1, skipped: 0 });
    const added = team().items.find((i) => i.title === first!.title);
    expect(added).toMatchObject({ source: null, links: [] });
  });

  it('fits points a client sends off the team scale, and skips a row whose fields are invalid', async () => {
    const [first, second] = jiraRows();
    const result = await importJira([
      { ...first!, points: 4 },
      { ...second!, labels: ['x'.repeat(60)] },
    ]);
    expect(result.added).toBe(1);
    expect(result.skippedRows[0]?.reason).toMatch(/40 characters/);
    expect(bySource('OPS-101')?.points).toBe(5);
  });

  it('undo removes what the import added and puts back what it overwrote, in one step', async () => {
    await b.api.createItem({ teamId, item: itemFields('Kept by hand') });
    await importJira();
    const rows = jiraRows().map((r) => (r.key === 'OPS-101' ? { ...r, title: 'Changed upstream' } : r));
    now = new Date('2026-11-04T11:00:00.000Z');
    const second = await importJira([...rows, { ...rows[0]!, key: 'OPS-999', row: 20, title: 'New upstream' }]);
    expect(second).toMatchObject({ added: 1, updated: 1, unchanged: 4 });

    // Only OPS-101 was overwritten: the other four rows held what their items had, and nothing was written on them.
    expect(await b.api.undoBacklogImport({ teamId })).toEqual({ removed: 1, restored: 1 });
    expect(bySource('OPS-101')?.title).toBe('Rotate the TLS certificates on the edge proxies');
    expect(bySource('OPS-999')).toBeUndefined();
    expect(team().items).toHaveLength(6);
    await expect(b.api.undoBacklogImport({ teamId })).rejects.toThrow(/no import to undo/);
  });

  it('undo leaves a field changed by hand since the import, and puts back the others', async () => {
    await importJira();
    const rows = jiraRows().map((r) => (r.key === 'OPS-101' ? { ...r, title: 'Changed upstream', points: 8 } : r));
    await importJira(rows);
    const item = bySource('OPS-101')!;
    expect(item).toMatchObject({ title: 'Changed upstream', points: 8 });
    // After the import, the team re-titles the item by hand; its points stay as imported.
    await b.api.updateItem({ teamId, itemId: item.id, changes: { title: 'Rotate edge certificates (by hand)' } });
    await b.api.undoBacklogImport({ teamId });
    expect(bySource('OPS-101')).toMatchObject({ title: 'Rotate edge certificates (by hand)', points: 5 });
  });

  it('maps rows from any product through the same path (GitLab keys from URLs)', async () => {
    const read = readFixture('gitlab-old-order.csv');
    const result = await b.api.importBacklog({ teamId, product: read.product, rows: read.rows });
    expect(result.added).toBe(2);
    expect(bySource('ops/platform#12')?.source).toEqual({
      product: 'gitlab',
      site: 'https://gitlab.example.com',
      key: 'ops/platform#12',
    });
    const newer = readFixture('gitlab-new-order.csv');
    const again = await b.api.importBacklog({
      teamId,
      product: 'gitlab',
      rows: remap(newer.table, { scale: 'fibonacci' }).rows,
    });
    expect(again).toMatchObject({ added: 1, updated: 1 });
  });

  it('an import sent in parts takes one backup, answers the saved items, and is undone in one step', async () => {
    const rows = jiraRows();
    const first = await importJira(rows.slice(0, 3));
    const second = await b.api.importBacklog({ teamId, product: 'jira', rows: rows.slice(3), continues: true });
    expect(first.backup).toMatch(/before-backlog-import/);
    expect(second).toMatchObject({ added: 2, skipped: 1, backup: null });
    expect(second.items.map((i) => i.source?.key)).toEqual(['OPS-103', 'OPS-104']);
    expect(team().items).toHaveLength(5);
    expect(await b.api.undoBacklogImport({ teamId })).toEqual({ removed: 5, restored: 0 });
    expect(team().items).toEqual([]);
  });

  it('a re-import from an export without some columns leaves those fields alone', async () => {
    await importJira();
    const before = bySource('OPS-101')!;
    expect(before).toMatchObject({ points: 5, labels: ['security', 'tls'], type: 'story' });
    // Jira's "current fields" view with only Summary and Issue key, the title changed upstream.
    const minimal = readCsv('Summary,Issue key\nRotate the TLS certificates now,OPS-101\n', SITE);
    const again = await importJira(minimal.rows);
    expect(again).toMatchObject({ added: 0, updated: 1 });
    expect(bySource('OPS-101')).toMatchObject({
      title: 'Rotate the TLS certificates now',
      points: 5,
      labels: ['security', 'tls'],
      type: 'story',
      description: before.description,
    });
  });

  it('a re-import whose cells are empty keeps the estimate, description and labels given in Cadence', async () => {
    await importJira();
    const itemId = bySource('OPS-101')!.id;
    // Estimated in Cadence's planning poker, described and labelled there: the tracker has none of them.
    const mine = { points: 8, description: 'Done when every edge proxy serves the new chain.', labels: ['tls'] };
    await b.api.updateItem({ teamId, itemId, changes: mine });
    const rows = jiraRows().map((r) =>
      r.key === 'OPS-101'
        ? { ...r, title: 'Rotate all TLS certificates', points: null, description: '', labels: [] }
        : r,
    );
    expect(await importJira(rows)).toMatchObject({ updated: 1, unchanged: 4 });
    expect(bySource('OPS-101')).toMatchObject({ ...mine, title: 'Rotate all TLS certificates' });
  });

  it('a re-import with a field unmapped by hand leaves that field alone, and writes the mapped ones', async () => {
    await importJira();
    const read = readFixture('jira-cloud-all-fields.csv', { site: SITE });
    const rows = remap(read.table, {
      scale: 'fibonacci',
      site: SITE,
      mapping: { ...read.mapping, points: [], estimate: [], description: [] },
    }).rows.map((r) => (r.key === 'OPS-101' ? { ...r, labels: ['tls'] } : r));
    await b.api.updateItem({ teamId, itemId: bySource('OPS-101')!.id, changes: { points: 8, description: 'Mine' } });
    expect(await importJira(rows)).toMatchObject({ updated: 1, unchanged: 4 });
    expect(bySource('OPS-101')).toMatchObject({ points: 8, description: 'Mine', labels: ['tls'] });
  });

  it('the same export imported without and then with the site updates the items, and fills in their site', async () => {
    const first = await importJira(readFixture('jira-cloud-all-fields.csv').rows);
    expect(first.added).toBe(5);
    expect(bySource('OPS-101')?.source?.site).toBe('');
    const again = await importJira();
    expect(again).toMatchObject({ added: 0, updated: 5 });
    expect(team().items).toHaveLength(5);
    expect(bySource('OPS-101')).toMatchObject({
      source: { product: 'jira', site: SITE, key: 'OPS-101' },
      links: [expect.objectContaining({ kind: 'ticket', value: `${SITE}/browse/OPS-101` })],
    });
    // Undo puts back the site and the link as they were.
    await b.api.undoBacklogImport({ teamId });
    expect(bySource('OPS-101')).toMatchObject({
      source: { site: '' },
      links: [expect.objectContaining({ value: 'OPS-101' })],
    });
  });

  it('the same export imported with and then without the site updates the items and keeps their site', async () => {
    await importJira();
    const again = await importJira(readFixture('jira-cloud-all-fields.csv').rows);
    // A row without the site leaves the item's site as it is: nothing to write.
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5 });
    expect(team().items).toHaveLength(5);
    expect(bySource('OPS-101')?.source?.site).toBe(SITE);
  });

  it('does not add back an item deleted in Cadence when the site is given only since', async () => {
    await importJira(readFixture('jira-cloud-all-fields.csv').rows);
    await b.api.deleteItem({ teamId, itemId: bySource('OPS-104')!.id });
    const again = await importJira();
    expect(again.skippedRows).toContainEqual({
      row: 6,
      reason: 'OPS-104 was deleted in Cadence, so it is not added back',
    });
    expect(bySource('OPS-104')).toBeUndefined();
  });

  it('an import in parts whose first part changes nothing takes its own backup, and Undo takes back only it', async () => {
    const rows = jiraRows();
    await importJira(rows.slice(0, 2));
    const nothing = rows.slice(2).map((r) => ({ ...r, skip: 'no title' }));
    const first = await b.api.importBacklog({ teamId, product: 'jira', rows: nothing, continues: false });
    const second = await b.api.importBacklog({ teamId, product: 'jira', rows: rows.slice(2), continues: true });
    expect(first).toMatchObject({ added: 0, backup: null });
    expect(second.added).toBe(3);
    expect(second.backup).toMatch(/before-backlog-import/);
    expect(await b.api.undoBacklogImport({ teamId })).toEqual({ removed: 3, restored: 0 });
    expect(team().items.map((i) => i.source?.key)).toEqual(['OPS-101', 'OPS-100']);
  });

  it('Undo after an import that changed nothing does not take back the import before it', async () => {
    await importJira();
    const nothing = jiraRows().map((r) => ({ ...r, skip: 'no title' }));
    expect(await importJira(nothing)).toMatchObject({ added: 0, updated: 0 });
    await expect(b.api.undoBacklogImport({ teamId })).rejects.toThrow(/no import to undo/);
    expect(team().items).toHaveLength(5);
  });
});
