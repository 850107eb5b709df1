import { afterEach, describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { errorOf, inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

let b: InProcessApi | null = null;
afterEach(async () => {
  await b?.store.close();
  b = null;
});

async function revealedRound() {
  b = await inProcessApi({ now: () => new Date('2026-11-03T10:00:00.000Z') });
  const { api } = b;
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  const ana = (await api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } }))
    .id;
  const item = await api.createItem({ teamId, item: itemFields('Patch kernel') });
  const roundId = (await api.startEstimation({ teamId, itemId: item.id })).rounds[0]!.id;
  await api.castVote({ teamId, roundId, memberId: ana, card: '3' });
  await api.revealVotes({ teamId, roundId });
  return { api, teamId, ana, roundId };
}

describe('poker: a call on a round already closed says why', () => {
  it('after Accept: vote, reveal and accept again are refused as "already accepted"', async () => {
    const { api, teamId, ana, roundId } = await revealedRound();
    await api.acceptEstimate({ teamId, roundId, points: 3 });
    const closed = 'This round is closed: its estimate was accepted. Estimate the item again to change it.';
    expect(await errorOf(api.acceptEstimate({ teamId, roundId, points: 5 }))).toBe(closed);
    expect(await errorOf(api.revealVotes({ teamId, roundId }))).toBe(closed);
    expect(await errorOf(api.castVote({ teamId, roundId, memberId: ana, card: '5' }))).toBe(closed);
  });

  it('after Re-vote: the old round points to the new one', async () => {
    const { api, teamId, ana, roundId } = await revealedRound();
    await api.revote({ teamId, roundId });
    const closed = 'This round is closed: a re-vote replaced it. Vote in the newest round.';
    expect(await errorOf(api.acceptEstimate({ teamId, roundId, points: 5 }))).toBe(closed);
    expect(await errorOf(api.revealVotes({ teamId, roundId }))).toBe(closed);
    expect(await errorOf(api.castVote({ teamId, roundId, memberId: ana, card: '5' }))).toBe(closed);
  });
});
