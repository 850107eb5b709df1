import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const cardsOf = async (retroId: string) =>
  (await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)?.cards ?? [];

/**
 * On a flaky Wi-Fi the room can save a card and lose the ack with the connection: the phone keeps the text and sends
 * it again, with the same send id. The room answers as if it took it, and the retro holds it once.
 */
describe('a card, blocker or topic sent again after the connection dropped', () => {
  it('a card sent twice with one send id is added once; both sends are acknowledged', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const card = {
      type: 'addCard',
      retroId,
      columnId: 'alerts',
      text: 'Disk alerts at 3am',
      sendId: 'send-0001-abcd',
    } as const;
    expect(await ana.send(card)).toMatchObject({ type: 'ack' });
    expect(await ana.send(card)).toMatchObject({ type: 'ack' });
    // The shared screen's copy hides the text until reveal: counted.
    expect(await cardsOf(retroId)).toHaveLength(1);
  });

  it('sent twice at once (the first still being saved): added once', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const card = {
      type: 'addCard',
      retroId,
      columnId: 'alerts',
      text: 'Runbooks are stale',
      sendId: 'send-0002-abcd',
    } as const;
    const answers = await Promise.all([ana.send(card), ana.send(card)]);
    expect(answers).toMatchObject([{ type: 'ack' }, { type: 'ack' }]);
    expect(await cardsOf(retroId)).toHaveLength(1);
  });

  it('a card deleted since, or another person’s send id: added again', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    const card = {
      type: 'addCard',
      retroId,
      columnId: 'alerts',
      text: 'Flaky canaries',
      sendId: 'send-0003-abcd',
    } as const;
    expect(await ana.send(card)).toMatchObject({ type: 'ack' });
    expect(await bo.send(card)).toMatchObject({ type: 'ack' });
    expect(await cardsOf(retroId)).toHaveLength(2);
    const mine = (await ana.view((v) => v.focus.kind === 'retro' && v.focus.cards.length === 1)).focus;
    const cardId = mine.kind === 'retro' ? mine.cards[0]!.id : '';
    expect(await ana.send({ type: 'deleteCard', retroId, cardId })).toMatchObject({ type: 'ack' });
    expect(await ana.send(card)).toMatchObject({ type: 'ack' });
    expect(await cardsOf(retroId)).toHaveLength(2);
  });

  it('a blocker and a topic sent twice with their send ids: raised once each', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const ana = await phoneFor(status, h.members.ana.id);
    const blocker = { type: 'blocker', text: 'Waiting on the DBA team', sendId: 'send-0004-abcd' } as const;
    const topic = { type: 'park', text: 'Runbook for the queue backlog', sendId: 'send-0005-abcd' } as const;
    for (const message of [blocker, blocker, topic, topic]) {
      expect(await ana.send(message)).toMatchObject({ type: 'ack' });
    }
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.blockers.map((b) => b.text)).toEqual(['Waiting on the DBA team']);
    expect(team.parkingLot.map((t) => t.text)).toEqual(['Runbook for the queue backlog']);
    const seen = await ana.view((v) => v.focus.kind === 'standup' && v.focus.raised.length === 2);
    expect(seen.focus).toEqual({
      kind: 'standup',
      raised: [
        { kind: 'blocker', text: 'Waiting on the DBA team' },
        { kind: 'topic', text: 'Runbook for the queue backlog' },
      ],
    });
  });

  it('a dot sent twice with one send id (alone, and at once) is placed once; another send id places another', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const voting = async () =>
      ((await ana.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    const topic = (await voting()).topics[0]!;
    const dot = { type: 'dot', retroId, targetId: topic.id, delta: 1, sendId: 'send-0006-abcd' } as const;
    expect(await ana.send(dot)).toMatchObject({ type: 'ack' });
    expect(await ana.send(dot)).toMatchObject({ type: 'ack' });
    const twice = { ...dot, sendId: 'send-0007-abcd' } as const;
    expect(await Promise.all([ana.send(twice), ana.send(twice)])).toMatchObject([{ type: 'ack' }, { type: 'ack' }]);
    const votes = (await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!.votes;
    // The shared screen's copy hides where a phone's dots went until voting ends: counted.
    expect(votes.reduce((sum, v) => sum + v.count, 0)).toBe(2);
    const seen = await ana.view((v) => (v.focus as RetroFocus).voting?.topics[0]?.mine === 2);
    expect((seen.focus as RetroFocus).voting!.topics[0]!.mine).toBe(2);
  });

  it('a send id that is not one: refused, naming the field, and nothing is added', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const answer = await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'x', sendId: '<script>' });
    expect(answer).toMatchObject({ type: 'error', message: expect.stringContaining('send id') });
    expect(await cardsOf(retroId)).toEqual([]);
  });
});
