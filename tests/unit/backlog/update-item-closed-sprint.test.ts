import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';
import { readFixture } from '../imports/read-fixture';

/**
 * A closed sprint's items are its record: the velocity chart and the reports read their points. The update-item
 * call refuses to change them (saying why) and still saves the item's other fields; imports still write them.
 */
async function doneInClosedSprint() {
  let now = new Date('2026-11-02T08:00:00.000Z');
  const b = await inProcessApi({ now: () => now });
  const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
  const sprintId = (
    await b.api.createSprint({
      teamId,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!.id;
  const rows = readFixture('jira-cloud-all-fields.csv', { site: 'https://acme.atlassian.net' }).rows;
  await b.api.importBacklog({ teamId, product: 'jira', rows });
  const team = (): TeamDoc => b.store.snapshot().teams.find((t) => t.id === teamId)!;
  const certs = team().items.find((i) => i.source?.key === 'OPS-101')!;
  await b.api.updateItem({ teamId, itemId: certs.id, changes: { points: 3 } });
  await b.api.planItem({ teamId, sprintId, itemId: certs.id });
  await b.api.startSprint({ teamId, sprintId });
  await b.api.moveBoardCard({ teamId, itemId: certs.id, status: 'done' });
  now = new Date('2026-11-13T16:00:00.000Z');
  await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
  now = new Date('2026-11-17T10:00:00.000Z');
  return { b, teamId, itemId: certs.id, rows, team };
}

describe('updateItem on an item of a closed sprint', () => {
  it('refuses a change of its points, naming the sprint and why, and changes nothing', async () => {
    const { b, teamId, itemId, team } = await doneInClosedSprint();
    const before = team().items.find((i) => i.id === itemId);
    const answer = await b.call('updateItem', { teamId, itemId, changes: { title: 'Rotate certs', points: 5 } });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '“Sprint 1” is closed: the story points of its items are its record (velocity, reports) and can no longer change. Nothing was changed.',
      },
    });
    expect(team().items.find((i) => i.id === itemId)).toBe(before);
  });

  it('saves its other fields when the points are sent back as they were', async () => {
    const { b, teamId, itemId } = await doneInClosedSprint();
    const saved = await b.api.updateItem({
      teamId,
      itemId,
      changes: itemFields('Rotate certs', { points: 3, status: 'done' }),
    });
    expect(saved).toMatchObject({ title: 'Rotate certs', points: 3, status: 'done' });
  });

  it('takes new points with a status that reopens it: it leaves the closed sprint for the backlog', async () => {
    const { b, teamId, itemId } = await doneInClosedSprint();
    const saved = await b.api.updateItem({ teamId, itemId, changes: { status: 'todo', points: 5 } });
    expect(saved).toMatchObject({ points: 5, status: 'todo', sprintId: null });
  });

  it('is not refused to a re-import, which writes what the tracker holds', async () => {
    const { b, teamId, itemId, rows, team } = await doneInClosedSprint();
    const changed = rows.map((r) => (r.key === 'OPS-101' ? { ...r, points: 8 } : r));
    await b.api.importBacklog({ teamId, product: 'jira', rows: changed });
    expect(team().items.find((i) => i.id === itemId)).toMatchObject({ points: 8 });
  });
});
