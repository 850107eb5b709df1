import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PokerFocus } from '../../../src/domain/room/protocol';
import { openPokerIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;
beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const poker = (focus: unknown) => focus as PokerFocus;

/** Ana votes 3, Bo 13, then Bo is taken off the team; Cy watches on a phone. */
async function boLeavesMidRound() {
  const { status, roundId } = await openPokerIn(h);
  const { teamId, members } = h;
  await h.api.castVote({ teamId, roundId, memberId: members.ana.id, card: '3' });
  await h.api.castVote({ teamId, roundId, memberId: members.bo.id, card: '13' });
  await h.api.removeMember({ teamId, memberId: members.bo.id });
  return { roundId, cy: await phoneFor(status, members.cy.id) };
}

describe('poker in the room: a member taken off the team mid-round', () => {
  it('no longer counts as having voted, on the phones and the shared screen alike', async () => {
    const { cy } = await boLeavesMidRound();
    // Ana and Cy are the voters left; only Ana has voted.
    const voting = poker((await cy.view((v) => poker(v.focus).voters === 2)).focus);
    expect(voting.voted).toBe(1);
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have voted');
  });

  it('is left out of the revealed votes, the median and the suggested card', async () => {
    const { roundId, cy } = await boLeavesMidRound();
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    const revealed = poker((await cy.view((v) => poker(v.focus).revealed !== null)).focus).revealed;
    expect(revealed).toMatchObject({ votes: [{ name: 'Ana', card: '3' }], median: 3, suggested: '3', spread: 0 });
  });
});
