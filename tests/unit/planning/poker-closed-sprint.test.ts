import { afterEach, describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { errorOf, inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** Planning poker keeps off a closed sprint's points as the item editor does: they are the sprint's record. */
let b: InProcessApi | null = null;
afterEach(async () => {
  await b?.store.close();
  b = null;
});

const RECORD =
  '“Sprint 1” is closed: the story points of its items are its record (velocity, reports) and can no longer change. Nothing was changed.';

async function closedWithOpenRound() {
  let now = new Date('2026-11-02T08:00:00.000Z');
  b = await inProcessApi({ now: () => now });
  const { api } = b;
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  const ana = (await api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } }))
    .id;
  const sprintId = (
    await api.createSprint({
      teamId,
      sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
    })
  ).sprints[0]!.id;
  const done = await api.createItem({ teamId, item: itemFields('Patch kernel', { points: 3 }) });
  const other = await api.createItem({ teamId, item: itemFields('Rotate certs', { points: 2 }) });
  for (const item of [done, other]) await api.planItem({ teamId, sprintId, itemId: item.id });
  await api.startSprint({ teamId, sprintId });
  await api.moveBoardCard({ teamId, itemId: done.id, status: 'done' });
  // A round opened during the sprint and revealed, never accepted before the close.
  const roundId = (await api.startEstimation({ teamId, itemId: done.id })).rounds[0]!.id;
  await api.castVote({ teamId, roundId, memberId: ana, card: '8' });
  await api.revealVotes({ teamId, roundId });
  now = new Date('2026-11-13T16:00:00.000Z');
  await api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
  const points = (id: string) => b!.store.snapshot().teams[0]!.items.find((i) => i.id === id)?.points;
  return { api, teamId, roundId, doneId: done.id, otherId: other.id, points };
}

describe('planning poker on a closed sprint’s item', () => {
  it('refuses to accept a new estimate from a round left open at the close, and keeps the points', async () => {
    const { api, teamId, roundId, doneId, points } = await closedWithOpenRound();
    expect(await errorOf(api.acceptEstimate({ teamId, roundId, points: 8 }))).toBe(RECORD);
    expect(points(doneId)).toBe(3);
  });

  it('refuses to open a round on it, and still opens one on work the close sent back to the backlog', async () => {
    const { api, teamId, doneId, otherId } = await closedWithOpenRound();
    const second = await api.createItem({ teamId, item: itemFields('Other') });
    expect(await errorOf(api.startEstimation({ teamId, itemId: doneId }))).toBe(RECORD);
    expect((await api.startEstimation({ teamId, itemId: otherId })).rounds).toHaveLength(1);
    expect((await api.startEstimation({ teamId, itemId: second.id })).rounds).toHaveLength(1);
  });
});
