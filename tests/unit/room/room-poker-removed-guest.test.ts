import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { roundVoterIds, votesThatCount } from '../../../src/domain/planning/estimation';
import type { PokerFocus } from '../../../src/domain/room/protocol';
import {
  Phone,
  openPokerIn,
  phoneFor,
  request,
  roomHarness,
  secretOf,
  type RoomHarness,
} from '../../helpers/room-harness';

let h: RoomHarness;
beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const poker = (focus: unknown) => focus as PokerFocus;

/** The guest Priya joins the open round and votes 13 from her phone. */
async function priyaVotes() {
  const { status, roundId } = await openPokerIn(h);
  const open = await h.api.allowRoomGuests({ allowed: true });
  const joined = await request(status.port, {
    method: 'POST',
    path: '/room/join',
    body: { secret: secretOf(open), guestName: 'Priya' },
  });
  const { token, personId } = (JSON.parse(joined.body) as { value: { token: string; personId: string } }).value;
  const priya = await Phone.connect(status.port, token);
  expect(await priya.send({ type: 'vote', roundId, card: '13' })).toMatchObject({ type: 'ack' });
  return { open, roundId, personId };
}

/** Ana votes 3 on the shared screen, the guest Priya 13 from her phone; then the facilitator removes Priya. */
async function priyaRemovedMidRound() {
  const { open, roundId, personId } = await priyaVotes();
  const cy = await phoneFor(open, h.members.cy.id);
  await h.api.castVote({ teamId: h.teamId, roundId, memberId: h.members.ana.id, card: '3' });
  await h.api.removeFromRoom({ personId });
  return { roundId, cy };
}

describe('poker in the room: a guest the facilitator removes mid-round', () => {
  it('no longer counts as a voter nor as having voted, on the phones, the room panel and the screen alike', async () => {
    const { cy } = await priyaRemovedMidRound();
    // Ana, Bo and Cy are the voters left; only Ana has voted.
    const voting = poker((await cy.view((v) => poker(v.focus).voters === 3)).focus);
    expect(voting.voted).toBe(1);
    expect(h.room.status()?.progress?.label).toBe('1 of 3 have voted');
    // The shared screen counts from the stored round and the people in the room: the same figures.
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds[0]!;
    const { members } = await h.api.getTeam({ teamId: h.teamId });
    expect(roundVoterIds(round, members, []).size).toBe(3);
    expect(votesThatCount(round, members).counted).toHaveLength(1);
  });

  it('takes back the guest’s vote not yet revealed, as Leave the room does', async () => {
    const { roundId } = await priyaRemovedMidRound();
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes.map((v) => v.memberId)).toEqual([h.members.ana.id]);
  });

  it('once revealed, their vote is left out of the figures, and the phones name the vote not counted', async () => {
    const { open, roundId, personId } = await priyaVotes();
    const cy = await phoneFor(open, h.members.cy.id);
    await h.api.castVote({ teamId: h.teamId, roundId, memberId: h.members.ana.id, card: '3' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    await h.api.removeFromRoom({ personId });
    const revealed = poker((await cy.view((v) => poker(v.focus).revealed?.notCounted != null)).focus).revealed;
    expect(revealed).toMatchObject({
      votes: [{ name: 'Ana', card: '3' }],
      median: 3,
      suggested: '3',
      notCounted: 'Not counted: 1 vote (13) by a guest removed from the room.',
    });
  });

  it('when only a guest of a room closed since has voted, the reveal is refused in words that fit a guest', async () => {
    const { roundId } = await priyaVotes();
    // Remove would take the vote back; a room closed and opened again keeps it, counted nowhere.
    await h.api.closeRoom({});
    await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'poker' } });

    await expect(h.api.revealVotes({ teamId: h.teamId, roundId })).rejects.toThrow(
      'Only a guest removed from the room has voted; enter at least one vote.',
    );
    expect((await h.api.getTeam({ teamId: h.teamId })).estimationRounds[0]!.state).toBe('voting');
  });
});
