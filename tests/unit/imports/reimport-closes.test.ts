import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/domain/imports/map-rows';
import type { TeamDoc } from '../../../src/domain/workspace';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';
import { readFixture } from './read-fixture';

const SITE = 'https://acme.atlassian.net';

describe('importing an export again after the tracker closed some of its issues', () => {
  let b: InProcessApi;
  let teamId: string;
  let now = new Date('2026-11-04T10:00:00.000Z');
  beforeEach(async () => {
    now = new Date('2026-11-04T10:00:00.000Z');
    b = await inProcessApi({ now: () => now });
    teamId = (await b.api.createTeam({ name: 'Platform' })).id;
  });
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const item = (key: string) => team().items.find((i) => i.source?.key === key)!;
  // Every row to do at first; the tracker then closes the ones named.
  const rows = (closed: string[] = []): ImportRow[] =>
    readFixture('jira-cloud-all-fields.csv', { site: SITE }).rows.map((r) => ({
      ...r,
      status: r.key && closed.includes(r.key) ? 'done' : 'todo',
    }));

  it('marks done an item still to do and in no sprint, counts it updated and done, and Undo puts it back to do', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    now = new Date('2026-11-05T09:00:00.000Z');
    const dry = await b.api.importBacklog({ teamId, product: 'jira', rows: rows(['OPS-101']), dryRun: true });
    expect(dry).toMatchObject({ added: 0, updated: 1, unchanged: 4, done: 1 });
    expect(item('OPS-101').status).toBe('todo');

    const again = await b.api.importBacklog({ teamId, product: 'jira', rows: rows(['OPS-101']) });
    expect(again).toMatchObject({ added: 0, updated: 1, unchanged: 4, done: 1 });
    expect(item('OPS-101')).toMatchObject({ status: 'done', completedAt: '2026-11-05T09:00:00.000Z' });
    expect(again.items.map((i) => [i.source?.key, i.status])).toEqual([['OPS-101', 'done']]);

    expect(await b.api.undoBacklogImport({ teamId })).toEqual({ removed: 0, restored: 1 });
    expect(item('OPS-101')).toMatchObject({ status: 'todo', completedAt: null });
  });

  it('leaves alone an item the team took on: in a sprint, or in progress', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    const sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await b.api.planItem({ teamId, sprintId, itemId: item('OPS-101').id });
    await b.api.updateItem({ teamId, itemId: item('OPS-100').id, changes: { status: 'in_progress' } });
    const again = await b.api.importBacklog({ teamId, product: 'jira', rows: rows(['OPS-101', 'OPS-100']) });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, done: 0 });
    expect(item('OPS-101').status).toBe('todo');
    expect(item('OPS-100').status).toBe('in_progress');
  });

  it('never reopens an item done in Cadence that the tracker has open', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    await b.api.updateItem({ teamId, itemId: item('OPS-102').id, changes: { status: 'done' } });
    const again = await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    expect(again).toMatchObject({ updated: 0, unchanged: 5, done: 0 });
    expect(item('OPS-102').status).toBe('done');
  });

  it('counts the rows added as done', async () => {
    const first = await b.api.importBacklog({ teamId, product: 'jira', rows: rows(['OPS-101', 'OPS-102']) });
    expect(first).toMatchObject({ added: 5, done: 2 });
  });

  it('Undo leaves an item someone reopened since as it is now', async () => {
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows() });
    await b.api.importBacklog({ teamId, product: 'jira', rows: rows(['OPS-101']) });
    await b.api.updateItem({ teamId, itemId: item('OPS-101').id, changes: { status: 'in_progress' } });
    await b.api.undoBacklogImport({ teamId });
    expect(item('OPS-101').status).toBe('in_progress');
  });
});
