import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../src/api/contract/room';
import type { PokerFocus } from '../../../src/domain/room/protocol';
import { Phone, openPokerIn, request, roomHarness, secretOf, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;
beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

async function guestPhone(status: RoomStatus, guestName: string): Promise<Phone> {
  const answer = await request(status.port, {
    method: 'POST',
    path: '/room/join',
    body: { secret: secretOf(status), guestName },
  });
  const { value } = JSON.parse(answer.body) as { value: { token: string } };
  return Phone.connect(status.port, value.token);
}

const poker = (focus: unknown) => focus as PokerFocus;

describe('a guest who voted, after the facilitator closes the room mid-vote and opens it again', () => {
  it('joins again as a new guest whose one vote counts: the earlier vote is named as not counted', async () => {
    const { status, roundId } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const before = await guestPhone(status, 'Priya');
    expect(await before.send({ type: 'vote', roundId, card: '13' })).toMatchObject({ type: 'ack' });
    await h.api.closeRoom({});

    const reopened = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'poker' } });
    await h.api.allowRoomGuests({ allowed: true });
    const priya = await guestPhone(reopened, 'Priya');
    expect(poker((await priya.view()).focus)).toMatchObject({ myVote: null, voted: 0, voters: 4 });
    expect(await priya.send({ type: 'vote', roundId, card: '8' })).toMatchObject({ type: 'ack' });
    expect(h.room.status()?.progress?.label).toBe('1 of 4 have voted');

    await h.api.castVote({ teamId: h.teamId, roundId, memberId: h.members.ana.id, card: '8' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    const revealed = poker((await priya.view((v) => poker(v.focus).revealed !== null)).focus).revealed;
    expect(revealed).toMatchObject({
      votes: [
        { name: 'Priya (guest)', card: '8' },
        { name: 'Ana', card: '8' },
      ],
      median: 8,
      notCounted: 'Not counted: 1 vote (13) by a guest removed from the room.',
    });
  });

  it('a revealed round keeps its figures when the room opens again', async () => {
    const { status, roundId } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const priya = await guestPhone(status, 'Priya');
    expect(await priya.send({ type: 'vote', roundId, card: '13' })).toMatchObject({ type: 'ack' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    await h.api.closeRoom({});
    await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'poker' } });
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds[0]!;
    expect(round.guests.map((g) => g.name)).toEqual(['Priya']);
  });
});
