import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { readFixture } from './read-fixture';

const SITE = 'https://acme.atlassian.net';

describe('importing the same export again', () => {
  let b: InProcessApi;
  let teamId: string;
  let now = new Date('2026-11-04T10:00:00.000Z');
  beforeEach(async () => {
    now = new Date('2026-11-04T10:00:00.000Z');
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const rows = () => readFixture('jira-cloud-all-fields.csv', { site: SITE }).rows;
  const stamps = () => team().items.map((i) => [i.source?.key, i.updatedAt]);

  it('counts a row whose item already holds its values as unchanged, not updated, and takes no backup for them', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    const same = await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    expect(same).toMatchObject({ added: 0, updated: 0, unchanged: 5, skipped: 1, backup: null, items: [] });
    const changed = rows().map((r) => (r.key === 'OPS-101' ? { ...r, title: 'Rotate every TLS certificate' } : r));
    const dry = await b.api.importBacklog({ teamId, product: 'jira', rows: changed, dryRun: true });
    expect(dry).toMatchObject({ added: 0, updated: 1, unchanged: 4, skipped: 1 });
    const real = await b.api.importBacklog({ teamId, product: 'jira', rows: changed });
    expect(real).toMatchObject({ added: 0, updated: 1, unchanged: 4, skipped: 1 });
    expect(real.items.map((i) => i.source?.key)).toEqual(['OPS-101']);
  });

  it('leaves the items whose fields the file does not change as they were, updatedAt included', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    const before = stamps();
    now = new Date('2026-11-05T09:00:00.000Z');
    const changed = rows().map((r) => (r.key === 'OPS-101' ? { ...r, title: 'Rotate every TLS certificate' } : r));
    await b.api.importBacklog({ teamId, product: 'jira', rows: changed });
    // Only OPS-101 changed: it alone is written, so a shared team sends one item, not the whole backlog.
    expect(stamps()).toEqual(before.map(([key, at]) => [key, key === 'OPS-101' ? '2026-11-05T09:00:00.000Z' : at]));

    // Its Undo puts back OPS-101 and writes nothing on the others either.
    now = new Date('2026-11-06T09:00:00.000Z');
    expect(await b.api.undoBacklogImport({ teamId })).toEqual({ removed: 0, restored: 1 });
    expect(stamps()).toEqual(before.map(([key, at]) => [key, key === 'OPS-101' ? '2026-11-06T09:00:00.000Z' : at]));
  });
});
