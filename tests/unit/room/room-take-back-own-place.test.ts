import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { itemFields } from '../../helpers/fixtures';
import { openPokerIn, openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

/** The round's votes as stored: the shared screen's api hides unrevealed cards. */
const roundVotes = async (roundId: string) =>
  h.raw
    .snapshot()
    .teams.find((t) => t.id === h.teamId)!
    .estimationRounds.find((r) => r.id === roundId)!
    .votes.map((v) => ({ memberId: v.memberId, card: v.card }));

/** Round A, with Bo's own vote in it, left open while the team moves on to round B. */
async function olderRoundWithBosVote() {
  const { roundId: olderId } = await openPokerIn(h);
  await h.api.castVote({ teamId: h.teamId, roundId: olderId, memberId: h.members.bo.id, card: '8' });
  const item = await h.api.createItem({ teamId: h.teamId, item: itemFields('Drain the old queue') });
  const update = await h.api.startEstimation({ teamId: h.teamId, itemId: item.id });
  const newerId = update.rounds.find((r) => r.id !== olderId && r.state === 'voting')!.id;
  expect((await roundVotes(olderId)).length).toBe(1);
  return { olderId, newerId, status: (await h.api.getRoom({}))! };
}

describe('Remove and Leave take back only what was sent from the place given up', () => {
  it('Remove keeps the real owner’s vote in an older round left open, and takes back the phone’s', async () => {
    const { olderId, newerId, status } = await olderRoundWithBosVote();
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'vote', roundId: newerId, card: '3' })).toMatchObject({ type: 'ack' });

    await h.api.removeFromRoom({ personId: h.members.bo.id });

    expect(await roundVotes(olderId)).toEqual([{ memberId: h.members.bo.id, card: '8' }]);
    expect(await roundVotes(newerId)).toEqual([]);
  });

  it('Leave the room keeps the real owner’s vote in an older round left open', async () => {
    const { olderId, status } = await olderRoundWithBosVote();
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(await roundVotes(olderId)).toEqual([{ memberId: h.members.bo.id, card: '8' }]);
  });

  it('Remove takes back only the dots placed from the place, not those the owner placed in an earlier room', async () => {
    const { status, retroId } = await openRetroIn(h);
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await cy.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' })).toMatchObject({
      type: 'ack',
    });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const bo = await phoneFor(status, h.members.bo.id);
    const voting = ((await bo.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    const topicId = voting.topics[0]!.id;
    for (let i = 0; i < 2; i++) {
      expect(await bo.send({ type: 'dot', retroId, targetId: topicId, delta: 1 })).toMatchObject({ type: 'ack' });
    }
    // The room is closed and opened again; Ana takes Bo's name and adds a dot.
    await h.api.closeRoom({});
    const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
    const anaAsBo = await phoneFor(again, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'dot', retroId, targetId: topicId, delta: 1 })).toMatchObject({ type: 'ack' });

    await h.api.removeFromRoom({ personId: h.members.bo.id });

    const votes = (await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!.votes;
    expect(votes.map((v) => ({ voterId: v.voterId, count: v.count }))).toEqual([
      { voterId: h.members.bo.id, count: 2 },
    ]);
  });

  it('the shared screen is told what Remove would take back from each place', async () => {
    const { newerId, status } = await olderRoundWithBosVote();
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    await phoneFor(status, h.members.cy.id);
    expect(await anaAsBo.send({ type: 'vote', roundId: newerId, card: '3' })).toMatchObject({ type: 'ack' });
    const people = (await h.api.getRoom({}))!.people;
    expect(people.find((p) => p.personId === h.members.bo.id)!.takesBack).toEqual({ votes: 1, dots: 0, answers: 0 });
    expect(people.find((p) => p.personId === h.members.cy.id)!.takesBack).toEqual({ votes: 0, dots: 0, answers: 0 });
  });

  it('Remove keeps the health answer the owner gave in an earlier room', async () => {
    const { status, retroId } = await openRetroIn(h);
    await h.api.updateRetroDetails({ teamId: h.teamId, retroId, checkIn: { mode: 'health', question: '' } });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    const bo = await phoneFor(status, h.members.bo.id);
    const scores = { onCallLoad: 4, alertNoise: 4, toil: 4, deployConfidence: 4 };
    expect(await bo.send({ type: 'health', retroId, scores })).toMatchObject({ type: 'ack' });
    await h.api.closeRoom({});
    const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
    await phoneFor(again, h.members.bo.id);

    await h.api.removeFromRoom({ personId: h.members.bo.id });

    await h.store.flush();
    expect(h.raw.snapshot().teams[0]!.healthChecks.map((c) => c.answers)).toEqual([1]);
  });
});
