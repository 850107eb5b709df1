import { afterEach, describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import { errorOf, inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

let b: InProcessApi | null = null;
afterEach(async () => {
  await b?.store.close();
  b = null;
});

describe('poker: reveal when the only vote is from someone taken off the team', () => {
  it('is refused with a message, as with no vote at all', async () => {
    b = await inProcessApi({ now: () => new Date('2026-11-03T10:00:00.000Z') });
    const { api } = b;
    const teamId = (await api.createTeam({ name: 'Ops' })).id;
    const member = (name: string) =>
      api.addMember({ teamId, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
    await member('Ana');
    const bo = (await member('Bo')).id;
    const item = await api.createItem({ teamId, item: itemFields('Patch kernel') });
    const roundId = (await api.startEstimation({ teamId, itemId: item.id })).rounds[0]!.id;
    await api.castVote({ teamId, roundId, memberId: bo, card: '8' });
    await api.removeMember({ teamId, memberId: bo });

    expect(await errorOf(api.revealVotes({ teamId, roundId }))).toBe(
      'Only someone no longer on the team has voted; enter at least one vote.',
    );
    const round = b.store.snapshot().teams[0]!.estimationRounds[0]!;
    expect(round.state).toBe('voting');
  });
});
