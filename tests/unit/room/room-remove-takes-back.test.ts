import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HealthScores } from '../../../src/domain/retro/schema';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { openPokerIn, openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const all = (score: number): HealthScores => ({
  onCallLoad: score,
  alertNoise: score,
  toil: score,
  deployConfidence: score,
});

/** The facilitator removes Ana, who had taken Bo's name; the real Bo then joins with the new link. */
async function removeAnaAndLetBoIn() {
  await h.api.removeFromRoom({ personId: h.members.bo.id });
  const status = (await h.api.getRoom({}))!;
  return phoneFor(status, h.members.bo.id);
}

describe('Remove takes back what the removed person sent that nobody has seen yet', () => {
  it('a vote in a round not yet revealed: the real Bo sees no vote as his, the screen counts one fewer', async () => {
    const { roundId, status } = await openPokerIn(h);
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    expect(h.room.status()?.progress?.label).toBe('1 of 3 have voted');
    h.events.length = 0;

    const bo = await removeAnaAndLetBoIn();
    const seen = await bo.view((v) => v.focus.kind === 'poker');
    expect(seen.focus).toMatchObject({ myVote: null, voted: 0 });
    expect(h.room.status()?.progress?.label).toBe('0 of 3 have voted');
    expect(h.events).toContainEqual({ type: 'team-changed', teamId: h.teamId });
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes).toEqual([]);
  });

  it('dots while voting is open: the real Bo has every dot left', async () => {
    const { status, retroId } = await openRetroIn(h);
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await cy.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' })).toMatchObject({
      type: 'ack',
    });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    const voting = ((await anaAsBo.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    const topic = voting.topics[0]!;
    for (let i = 0; i < 2; i++) {
      expect(await anaAsBo.send({ type: 'dot', retroId, targetId: topic.id, delta: 1 })).toMatchObject({
        type: 'ack',
      });
    }

    const bo = await removeAnaAndLetBoIn();
    const seen = ((await bo.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    expect(seen.topics[0]).toMatchObject({ id: topic.id, mine: 0 });
    expect(seen.left).toBe(voting.budget);
    expect((await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!.votes).toEqual([]);
  });

  it('a health answer while the check-in is open: the real Bo starts unscored', async () => {
    const { status, retroId } = await openRetroIn(h);
    await h.api.updateRetroDetails({ teamId: h.teamId, retroId, checkIn: { mode: 'health', question: '' } });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'health', retroId, scores: all(5) })).toMatchObject({ type: 'ack' });

    const bo = await removeAnaAndLetBoIn();
    const seen = (await bo.view((v) => (v.focus as RetroFocus).checkIn !== null)).focus as RetroFocus;
    expect(seen.checkIn).toMatchObject({ mine: null, answers: 0 });
    await h.store.flush();
    expect(h.raw.snapshot().teams[0]!.healthChecks).toEqual([]);
  });

  it('a hidden card stays in the retro, but the real Bo neither sees it nor may change it', async () => {
    const { status, retroId } = await openRetroIn(h);
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(
      await anaAsBo.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'I am Ana, not Bo' }),
    ).toMatchObject({ type: 'ack' });
    const cardId = (await h.api.getTeam({ teamId: h.teamId })).retros[0]!.cards[0]!.id;

    const bo = await removeAnaAndLetBoIn();
    const seen = (await bo.view((v) => v.focus.kind === 'retro')).focus as RetroFocus;
    expect(seen.cards).toEqual([]);
    expect(seen.counts.alerts).toBe(1);
    expect(bo.frames.join('\n')).not.toContain('I am Ana, not Bo');
    expect(await bo.send({ type: 'deleteCard', retroId, cardId })).toMatchObject({
      type: 'error',
      message: 'You can only change cards you wrote.',
    });
  });

  it('a blocker and a topic raised stay on the board with no owner, and are not listed as the real Bo’s', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'blocker', text: 'No access to the billing account' })).toMatchObject({
      type: 'ack',
    });
    expect(await anaAsBo.send({ type: 'park', text: 'Runbook for the queue backlog' })).toMatchObject({
      type: 'ack',
    });

    const bo = await removeAnaAndLetBoIn();
    const seen = await bo.view((v) => v.focus.kind === 'standup');
    expect(seen.focus).toEqual({ kind: 'standup', raised: [] });
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.blockers.map((b) => ({ text: b.text, ownerId: b.ownerId }))).toEqual([
      { text: 'No access to the billing account', ownerId: null },
    ]);
    expect(team.parkingLot.map((t) => ({ text: t.text, stayIds: t.stayIds }))).toEqual([
      { text: 'Runbook for the queue backlog', stayIds: [] },
    ]);
  });

  it('a vote already revealed stays, counted', async () => {
    const { roundId, status } = await openPokerIn(h);
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    await h.api.removeFromRoom({ personId: h.members.bo.id });
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes.map((v) => ({ memberId: v.memberId, card: v.card }))).toEqual([
      { memberId: h.members.bo.id, card: '5' },
    ]);
  });

  it('a take-back whose write fails leaves the person in, and the facilitator is told; Remove again works', async () => {
    const { roundId, status } = await openPokerIn(h);
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    const mutate = vi.spyOn(h.raw, 'mutate').mockRejectedValueOnce(new Error('disk full'));

    await expect(h.api.removeFromRoom({ personId: h.members.bo.id })).rejects.toThrow();
    mutate.mockRestore();
    // Still in, with the name held: nobody else can take it and find the vote as theirs.
    expect((await h.api.getRoom({}))!.people.map((p) => p.name)).toEqual(['Bo']);
    expect(await anaAsBo.send({ type: 'ping' })).toMatchObject({ type: 'ack' });

    await h.api.removeFromRoom({ personId: h.members.bo.id });
    expect((await h.api.getRoom({}))!.people).toEqual([]);
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes).toEqual([]);
  });
});
