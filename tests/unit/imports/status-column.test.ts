import { beforeEach, describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import type { PointScale } from '../../../src/domain/team/scales';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** A tracker's full export brings its closed issues too: their status column says so, and the import reads it. */

function readCsv(lines: string[], scale: PointScale = 'fibonacci', site = 'https://acme.atlassian.net') {
  const read = readExport('export.csv', new TextEncoder().encode(lines.join('\n')), { scale, site });
  if (!read.ok) throw new Error(read.message);
  return read.read;
}

const statusOf = (rows: { key: string | null; status?: string }[], key: string) =>
  rows.find((r) => r.key === key)?.status;

describe("an export's status column", () => {
  it("Jira's Status: Done, Closed and Resolved are done; In Progress, In Review and To Do keep their meaning", () => {
    const read = readCsv([
      'Summary,Issue key,Issue Type,Status',
      'Renew certificates,OPS-1,Task,Done',
      'Patch kernels,OPS-2,Task,Closed',
      'Fix the pager,OPS-3,Bug,Resolved',
      'Tune alerts,OPS-4,Task,In Progress',
      'Rotate keys,OPS-5,Task,In Review',
      'Move cron,OPS-6,Task,To Do',
    ]);
    expect(read.mapping.status).toEqual(['Status']);
    expect(read.rows.map((r) => [r.key, r.status])).toEqual([
      ['OPS-1', 'done'],
      ['OPS-2', 'done'],
      ['OPS-3', 'done'],
      ['OPS-4', 'in_progress'],
      ['OPS-5', 'review'],
      ['OPS-6', 'todo'],
    ]);
    expect(read.rows.every((r) => r.notes.length === 0)).toBe(true);
  });

  it("a Jira workflow's own status is read by its Status Category, which Jira writes beside it", () => {
    const read = readCsv([
      'Summary,Issue key,Status,Status Category',
      'Renew certificates,OPS-1,Deployed,Done',
      'Tune alerts,OPS-2,Ready for QA,In Progress',
    ]);
    expect(read.rows.map((r) => [r.status, r.notes])).toEqual([
      ['done', []],
      ['in_progress', []],
    ]);
  });

  it('a status it does not know is imported as to do, with a note naming it', () => {
    const read = readCsv(['Summary,Issue key,Status', 'Renew certificates,OPS-1,Waiting for vendor']);
    expect(read.rows[0]).toMatchObject({ status: 'todo', notes: ['unknown status “Waiting for vendor”: to do'] });
  });

  it("GitLab's State (Open, Closed), Azure DevOps' State and Linear's Status are read too", () => {
    const gitlab = readCsv(
      [
        'Issue ID,URL,Title,State,Description',
        '1,https://gitlab.com/acme/ops/-/issues/1,Renew certificates,Closed,',
        '2,https://gitlab.com/acme/ops/-/issues/2,Patch kernels,Open,',
      ],
      'fibonacci',
      '',
    );
    expect(gitlab.product).toBe('gitlab');
    expect(statusOf(gitlab.rows, 'acme/ops#1')).toBe('done');
    expect(statusOf(gitlab.rows, 'acme/ops#2')).toBe('todo');

    const azure = readCsv(
      [
        'ID,Work Item Type,Title,State',
        '10,Bug,Renew certificates,Closed',
        '11,Task,Patch kernels,Active',
        '12,Task,Tune alerts,New',
      ],
      'fibonacci',
      '',
    );
    expect(azure.product).toBe('azure-devops');
    expect(azure.rows.map((r) => r.status)).toEqual(['done', 'in_progress', 'todo']);

    const linear = readCsv(
      [
        'ID,Team,Title,Status,Estimate',
        'OPS-1,Ops,Renew certificates,Done,',
        'OPS-2,Ops,Patch kernels,In Review,',
        'OPS-3,Ops,Tune alerts,Backlog,',
        'OPS-4,Ops,Rotate keys,Canceled,',
      ],
      'fibonacci',
      '',
    );
    expect(linear.product).toBe('linear');
    expect(linear.rows.map((r) => r.status)).toEqual(['done', 'review', 'todo', 'done']);
    // A cancelled issue was not worked on: it leaves the backlog as done, and the row says why.
    expect(linear.rows[3]?.notes).toEqual(['status “Canceled” closes the issue: imported as done']);
  });

  it('without a status column every row is to do, as before', () => {
    const read = readCsv(['Summary,Issue key', 'Renew certificates,OPS-1']);
    expect(read.mapping.status).toEqual([]);
    expect(read.rows[0]?.status).toBe('todo');
  });
});

describe('importing done issues', () => {
  let b: InProcessApi;
  let teamId: string;
  const now = new Date('2026-11-04T10:00:00.000Z');
  beforeEach(async () => {
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const bySource = (key: string) => team().items.find((i) => i.source?.key === key);
  const importRows = (rows: ReturnType<typeof readCsv>['rows']) =>
    b.api.importBacklog({ teamId, product: 'jira', rows });

  it('adds a closed issue as done (completed at the import) and an open one as to do', async () => {
    const read = readCsv([
      'Summary,Issue key,Status',
      'Renew certificates,OPS-1,Done',
      'Tune alerts,OPS-2,In Progress',
      'Patch kernels,OPS-3,To Do',
    ]);
    await importRows(read.rows);
    expect(bySource('OPS-1')).toMatchObject({ status: 'done', completedAt: now.toISOString() });
    expect(bySource('OPS-2')).toMatchObject({ status: 'in_progress', completedAt: null });
    expect(bySource('OPS-3')).toMatchObject({ status: 'todo', completedAt: null });
  });

  it('a re-import never reopens an item done in Cadence, nor moves one on the board', async () => {
    const first = readCsv(['Summary,Issue key,Status', 'Renew certificates,OPS-1,To Do', 'Tune alerts,OPS-2,To Do']);
    await importRows(first.rows);
    await b.api.updateItem({ teamId, itemId: bySource('OPS-1')!.id, changes: { status: 'done' } });
    await b.api.updateItem({ teamId, itemId: bySource('OPS-2')!.id, changes: { status: 'in_progress' } });
    const again = readCsv(['Summary,Issue key,Status', 'Renew certificates,OPS-1,Open', 'Tune alerts,OPS-2,Done']);
    const result = await importRows(again.rows);
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 2 });
    expect(bySource('OPS-1')?.status).toBe('done');
    expect(bySource('OPS-2')?.status).toBe('in_progress');
  });
});
