import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PokerFocus, RetroFocus, ServerMessage } from '../../../src/domain/room/protocol';
import {
  joinAs,
  openPokerIn,
  openRetroIn,
  Phone,
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

const lobbyNames = async (port: number, secret: string) => {
  const answer = await request(port, { method: 'POST', path: '/room/lobby', body: { secret } });
  return (JSON.parse(answer.body) as { value: { members: { name: string }[] } }).value.members.map((m) => m.name);
};

/** Ana picks Bo's name by mistake, from the link. */
async function anaAsBo(status: Awaited<ReturnType<typeof openRetroIn>>['status']) {
  const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id);
  return { token, phone: await Phone.connect(status.port, token) };
}

describe('a person leaves the room from their phone', () => {
  it('frees the name without changing the code or link; the screen’s list updates; the token stops working', async () => {
    const { status } = await openRetroIn(h);
    const { token, phone } = await anaAsBo(status);
    expect((await h.api.getRoom({}))!.people.map((p) => p.name)).toEqual(['Bo']);
    expect(await lobbyNames(status.port, secretOf(status))).not.toContain('Bo');

    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const after = (await h.api.getRoom({}))!;
    expect(after.people).toEqual([]);
    expect([after.code, after.joinUrl]).toEqual([status.code, status.joinUrl]);
    expect(await lobbyNames(status.port, secretOf(status))).toContain('Bo');
    const back = await Phone.connect(status.port, token);
    expect((await back.closed).code).toBe(4001);
    expect(back.frames.some((f) => f.includes('"view"'))).toBe(false);
    // The same link lets them in again, under their own name.
    await expect(joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id)).resolves.toMatchObject({
      personId: h.members.ana.id,
    });
  });

  it('their other screens are told they left, and stop', async () => {
    const { status } = await openRetroIn(h);
    const { token, phone } = await anaAsBo(status);
    const tab = await Phone.connect(status.port, token);
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    await tab.closed;
    const ended = tab.frames.map((f) => JSON.parse(f) as ServerMessage).find((m) => m.type === 'ended');
    expect(ended).toMatchObject({ type: 'ended', message: 'You left the room on another screen.' });
  });

  it('a hidden card written before leaving stays in the retro, and is not shown to whoever takes the name', async () => {
    const { status, retroId } = await openRetroIn(h);
    const { phone } = await anaAsBo(status);
    const card = { type: 'addCard', retroId, columnId: 'alerts', text: 'I am Ana, not Bo' } as const;
    expect(await phone.send(card)).toMatchObject({ type: 'ack' });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });

    const bo = await Phone.connect(
      status.port,
      (await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id)).token,
    );
    const seen = (await bo.view((v) => v.focus.kind === 'retro')).focus as RetroFocus;
    expect(seen.cards).toEqual([]);
    expect(seen.counts.alerts).toBe(1);
    expect(bo.frames.join('\n')).not.toContain('I am Ana, not Bo');
    expect((await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!.cards).toHaveLength(1);
  });

  it('a guest who leaves is no longer counted among the round’s voters, on the screen or the phones', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const ana = await phoneFor(status, h.members.ana.id);
    const answer = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status), guestName: 'Priya' },
    });
    const priya = await Phone.connect(
      status.port,
      (JSON.parse(answer.body) as { value: { token: string } }).value.token,
    );
    await ana.view((v) => (v.focus as PokerFocus).voters === 4);
    expect(await priya.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const seen = await ana.view((v) => (v.focus as PokerFocus).voters !== 4);
    expect((seen.focus as PokerFocus).voters).toBe(3);
    expect(h.room.status()?.progress?.label).toBe('0 of 3 have voted');
  });

  // The room used to keep it: the name's next holder saw "Your vote: 5", and the round counted a vote nobody cast.
  it('a vote in a round not yet revealed is taken back: the name’s next holder sees none, the screen counts one fewer', async () => {
    const { roundId, status } = await openPokerIn(h);
    const { phone } = await anaAsBo(status);
    expect(await phone.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    expect(h.room.status()?.progress?.label).toBe('1 of 3 have voted');
    h.events.length = 0;

    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(h.room.status()?.progress?.label).toBe('0 of 3 have voted');
    expect(h.events).toContainEqual({ type: 'team-changed', teamId: h.teamId });
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes).toEqual([]);

    const bo = await phoneFor(status, h.members.bo.id);
    const seen = await bo.view((v) => v.focus.kind === 'poker');
    expect(seen.focus).toMatchObject({ myVote: null, voted: 0 });
    // Nothing is left to reveal: Bo's own vote is the first.
    expect(await bo.send({ type: 'vote', roundId, card: '3' })).toMatchObject({ type: 'ack' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    const cy = await phoneFor(status, h.members.cy.id);
    const revealed = await cy.view((v) => v.focus.kind === 'poker' && v.focus.revealed !== null);
    expect(revealed.focus).toMatchObject({ revealed: { votes: [{ name: 'Bo', card: '3' }] } });
  });

  it('a vote already revealed stays in the round', async () => {
    const { roundId, status } = await openPokerIn(h);
    const { phone } = await anaAsBo(status);
    expect(await phone.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const cy = await phoneFor(status, h.members.cy.id);
    const seen = await cy.view((v) => v.focus.kind === 'poker' && v.focus.revealed !== null);
    expect(seen.focus).toMatchObject({ revealed: { votes: [{ name: 'Bo', card: '5' }], notCounted: null } });
  });

  it('a guest’s vote in a round not yet revealed is taken back too', async () => {
    const { roundId, status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const answer = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status), guestName: 'Priya' },
    });
    const priya = await Phone.connect(
      status.port,
      (JSON.parse(answer.body) as { value: { token: string } }).value.token,
    );
    expect(await priya.send({ type: 'vote', roundId, card: '8' })).toMatchObject({ type: 'ack' });
    expect(await priya.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes).toEqual([]);
  });

  it('dots placed while voting is open are taken back: the name’s next holder has every dot, the screen’s count follows', async () => {
    const { status, retroId } = await openRetroIn(h);
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await cy.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' })).toMatchObject({
      type: 'ack',
    });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const { phone } = await anaAsBo(status);
    const voting = ((await phone.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    const topic = voting.topics[0]!;
    for (let i = 0; i < 2; i++) {
      expect(await phone.send({ type: 'dot', retroId, targetId: topic.id, delta: 1 })).toMatchObject({ type: 'ack' });
    }
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have voted');
    h.events.length = 0;

    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(h.events).toContainEqual({ type: 'team-changed', teamId: h.teamId });
    const retro = (await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!;
    expect(retro.votes).toEqual([]);
    expect(h.room.status()?.progress?.label).toBe('0 of 1 have voted');

    const bo = await phoneFor(status, h.members.bo.id);
    const seen = ((await bo.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    expect(seen.topics[0]).toMatchObject({ id: topic.id, mine: 0 });
    expect(seen.left).toBe(voting.budget);
  });

  it('dots placed before voting ended stay, and so do the cards written', async () => {
    const { status, retroId } = await openRetroIn(h);
    const { phone } = await anaAsBo(status);
    expect(await phone.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' })).toMatchObject({
      type: 'ack',
    });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const topic = ((await phone.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!
      .topics[0]!;
    expect(await phone.send({ type: 'dot', retroId, targetId: topic.id, delta: 1 })).toMatchObject({ type: 'ack' });
    await h.api.closeRetroVoting({ teamId: h.teamId, retroId, closed: true });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const retro = (await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)!;
    expect(retro.votes).toEqual([{ voterId: h.members.bo.id, targetId: topic.id, count: 1 }]);
    expect(retro.cards.map((c) => c.text)).toEqual(['Pager fatigue']);
  });

  it('a card still being saved as they leave is not shown to whoever takes the name', async () => {
    const { status, retroId } = await openRetroIn(h);
    const { phone } = await anaAsBo(status);
    // Add card, then at once Leave the room: the card's write is not on disk yet when the name is freed.
    const added = phone.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'I am Ana, not Bo' });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    await Promise.race([added, phone.closed]);
    await h.store.flush();

    const bo = await Phone.connect(
      status.port,
      (await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id)).token,
    );
    const seen = (await bo.view((v) => v.focus.kind === 'retro' && v.focus.counts.alerts === 1)).focus as RetroFocus;
    expect(seen.cards).toEqual([]);
    expect(bo.frames.join('\n')).not.toContain('I am Ana, not Bo');
  });

  it('a vote sent while leaving is refused, not counted under the name given up', async () => {
    const { roundId, status } = await openPokerIn(h);
    const { phone } = await anaAsBo(status);
    expect(await phone.send({ type: 'vote', roundId, card: '5' })).toMatchObject({ type: 'ack' });
    // Leave the room, then a card tapped before the page moved on.
    const left = phone.send({ type: 'leave' });
    const voted = phone.send({ type: 'vote', roundId, card: '8' });
    expect(await left).toMatchObject({ type: 'ack' });
    const answer = await Promise.race([voted, phone.closed.then(() => null)]);
    if (answer)
      expect(answer).toMatchObject({ type: 'error', message: 'You are leaving the room, so this was not sent.' });
    await h.store.flush();
    const round = (await h.api.getTeam({ teamId: h.teamId })).estimationRounds.find((r) => r.id === roundId)!;
    expect(round.votes).toEqual([]);
  });

  // The phone warns before Leave the room that only the facilitator can let them back in: it must know the room is
  // locked, as soon as it is, and again once it is not.
  it('the phones are told when the room is locked and unlocked', async () => {
    const { status } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    expect((await ana.view()).locked).toBe(false);
    await h.api.lockRoom({ locked: true });
    expect((await ana.view((v) => v.locked)).locked).toBe(true);
    await h.api.lockRoom({ locked: false });
    expect((await ana.view((v) => !v.locked)).locked).toBe(false);
  });
});
