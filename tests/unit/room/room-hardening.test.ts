import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_LIMITS, type RetroFocus, type ServerMessage } from '../../../src/domain/room/protocol';
import { MAX_SOCKETS_PER_PERSON } from '../../../src/room/room-host';
import {
  Phone,
  joinAs,
  openRetroIn,
  phoneFor,
  request,
  retroIn,
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

/** Turns of the event loop, enough for sockets' close frames to reach the room. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the room under stress', () => {
  it('phones leaving while the team is deleted do not stop the app', async () => {
    const { status } = await openRetroIn(h);
    const phones = await Promise.all(
      [h.members.ana.id, h.members.bo.id, h.members.cy.id].map((id) => phoneFor(status, id)),
    );
    const thrown: unknown[] = [];
    const record = (error: unknown) => thrown.push(error);
    process.on('uncaughtException', record);
    try {
      // The deletion is durable a moment after it is made: the phones' sockets close in between.
      const deleting = h.api.deleteTeam({ teamId: h.teamId });
      for (const phone of phones) phone.close();
      await deleting;
      await settle();
    } finally {
      process.off('uncaughtException', record);
    }
    expect(thrown.map((e) => (e as Error).message)).toEqual([]);
    expect(h.room.status()).toBeNull();
  });

  it('one person opening many sockets still gets one message budget', async () => {
    const { status } = await openRetroIn(h);
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const sockets = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_PERSON }, () => Phone.connect(status.port, token)),
    );
    const answers = await Promise.all(
      sockets.flatMap((socket) => Array.from({ length: 10 }, () => socket.send({ type: 'ping' }))),
    );
    expect(answers.filter((a) => a.type === 'ack')).toHaveLength(ROOM_LIMITS.messagesPerSecond);
    for (const socket of sockets) socket.close();
  });

  it('a message over the budget is answered as refused, so the phone stops waiting for it', async () => {
    const { status } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const waitAtMost = (answer: Promise<ServerMessage>) =>
      Promise.race([answer, new Promise<'no answer'>((resolve) => setTimeout(() => resolve('no answer'), 2_000))]);
    const answers = await Promise.all(
      Array.from({ length: ROOM_LIMITS.messagesPerSecond + 3 }, () => waitAtMost(ana.send({ type: 'ping' }))),
    );
    expect(answers.filter((a) => a === 'no answer')).toHaveLength(0);
    expect(answers.filter((a) => a !== 'no answer' && a.type === 'error')).toEqual(
      Array.from({ length: 3 }, () =>
        expect.objectContaining({ message: 'Too many messages at once: wait a moment.' }),
      ),
    );
    ana.close();
  });
});

describe('a message a script gets wrong', () => {
  it('is refused in words that say what to mend: which field, or that it is not JSON', async () => {
    const { status } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const tooLong = await ana.send({ type: 'vote', roundId: 'round-1', card: 'x'.repeat(20) });
    expect(tooLong).toMatchObject({ type: 'error', message: expect.stringMatching(/^card: /) });
    expect(await ana.send({ type: 'reveal' } as never)).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/^type: /),
    });
    ana.raw('{"type": "ping", ref: 1}');
    await expect
      .poll(() =>
        ana.frames
          .map((f) => JSON.parse(f) as ServerMessage)
          .filter((m) => m.type === 'error')
          .at(-1),
      )
      .toMatchObject({ ref: null, message: expect.stringContaining('not JSON') });
  });
});

describe('a member renamed on the Team screen while in the room', () => {
  it('goes by the new name on the shared screen and on their phone', async () => {
    const { status } = await openRetroIn(h);
    const bo = await phoneFor(status, h.members.bo.id);
    await h.api.updateMember({ teamId: h.teamId, memberId: h.members.bo.id, member: { name: 'Bo Lindqvist' } });
    expect((await bo.view((v) => v.you.name !== 'Bo')).you.name).toBe('Bo Lindqvist');
    expect(h.room.status()?.people.map((p) => p.name)).toEqual(['Bo Lindqvist']);
  });
});

describe('the room closed and opened again', () => {
  it('a writer still sees and can change their own hidden cards', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Disk alerts page at 3 am' })).toEqual(
      expect.objectContaining({ type: 'ack' }),
    );
    await h.api.closeRoom({});
    const reopened = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
    const again = await phoneFor(reopened, h.members.ana.id);
    const bo = await phoneFor(reopened, h.members.bo.id);
    const view = (await again.view()).focus as RetroFocus;
    expect(view.cards).toEqual([expect.objectContaining({ text: 'Disk alerts page at 3 am', mine: true })]);
    const cardId = view.cards[0]!.id;
    expect(await again.send({ type: 'editCard', retroId, cardId, text: 'Disk alerts page at 4 am' })).toEqual(
      expect.objectContaining({ type: 'ack' }),
    );
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have written');
    // Still nobody else's.
    expect(((await bo.view()).focus as RetroFocus).cards).toEqual([]);
    expect(await bo.send({ type: 'deleteCard', retroId, cardId })).toEqual(expect.objectContaining({ type: 'error' }));
    again.close();
    bo.close();
  });
});

describe('the room moved to another retro', () => {
  it('counts as written only those who wrote a card in the retro the room is on', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager storms' })).toEqual(
      expect.objectContaining({ type: 'ack' }),
    );
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have written');
    const next = await retroIn(h, { title: 'Sprint 8 retro', writing: true });
    await h.api.focusRoom({ focus: { kind: 'retro', retroId: next } });
    const status8 = h.room.status();
    expect(status8?.progress?.label).toBe('0 of 2 have written');
    expect(status8?.people.map((p) => p.done)).toEqual([false, false]);
    ana.close();
    bo.close();
  });
});

describe('guests', () => {
  it('a second guest cannot take a name already in the room', async () => {
    const { status } = await openRetroIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const key = { secret: secretOf(status) };
    const first = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { ...key, guestName: 'Sam' },
    });
    expect(first.status).toBe(200);
    const second = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { ...key, guestName: ' sam ' },
    });
    expect(second.status).toBe(409);
    expect(JSON.parse(second.body).error.message).toBe(
      'Someone called Sam is already in the room. If that is you on another device, ask the facilitator to free the name; otherwise add your initial.',
    );
    await joinAs(status.port, key, h.members.ana.id);
    const asMember = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { ...key, guestName: 'ANA' },
    });
    expect(asMember.status).toBe(409);
    expect(h.room.status()?.people.map((p) => p.name)).toEqual(['Sam', 'Ana']);
  });
});

describe('anonymous cards on the shared screen', () => {
  it('counts who has written but ticks nobody by name: a tick beside a new hidden card would name its writer', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager storms' })).toEqual(
      expect.objectContaining({ type: 'ack' }),
    );
    const screen = h.room.status();
    expect(screen?.progress?.label).toBe('1 of 2 have written');
    expect(screen?.people.map((p) => ({ name: p.name, done: p.done }))).toEqual([
      { name: 'Ana', done: false },
      { name: 'Bo', done: false },
    ]);
    ana.close();
    bo.close();
  });
});
