import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import type { HealthScores } from '../../../src/domain/retro/schema';
import type { RetroFocus, ServerMessage } from '../../../src/domain/room/protocol';
import { applyMessage, ROOM_CARD_LIMITS } from '../../../src/room/actions';
import { MAX_SOCKETS_PER_PERSON } from '../../../src/room/room-host';
import { RoomSession } from '../../../src/room/session';
import {
  Phone,
  ROOM_ADDRESS,
  connectionTo,
  joinAs,
  openRetroIn,
  phoneFor,
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

/** Resolves with what `promise` gives, or 'still waiting' after `ms`. */
const within = <T>(promise: Promise<T>, ms = 1_000) =>
  Promise.race([promise, new Promise<'still waiting'>((resolve) => setTimeout(() => resolve('still waiting'), ms))]);

const retroOf = (retroId: string) => h.store.snapshot().teams[0]!.retros.find((r) => r.id === retroId)!;

const all = (score: number): HealthScores => ({
  onCallLoad: score,
  alertNoise: score,
  toil: score,
  deployConfidence: score,
});

describe('the room reopens where the phones expect it', () => {
  it('opens again on the port it had, so the saved link and the QR code shown earlier still work', async () => {
    const first = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    await h.api.closeRoom({});
    const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    expect(again.port).toBe(first.port);
    expect(await connectionTo(first.port)).toBe('connected');
  });

  it('opens on another free port when its old one has been taken meanwhile', async () => {
    const first = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    await h.api.closeRoom({});
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(first.port, ROOM_ADDRESS, resolve));
    try {
      const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
      expect(again.port).not.toBe(first.port);
      expect(again.joinUrl).toContain(`:${again.port}/`);
      const { token } = await joinAs(again.port, { secret: secretOf(again) }, h.members.ana.id);
      const phone = await Phone.connect(again.port, token);
      expect((await phone.view()).you.name).toBe('Ana');
      phone.close();
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});

describe('sockets per person', () => {
  it('one more socket than the cap closes that person’s oldest one and lets the newest in', async () => {
    const { status } = await openRetroIn(h);
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const phones: Phone[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_PERSON; i++) phones.push(await Phone.connect(status.port, token));
    const newest = await Phone.connect(status.port, token);

    // 4002, the code the participant page reads as "open on another screen" (CLOSE_OPEN_ELSEWHERE in
    // renderer/participant/connection.ts, tested there): it waits instead of reconnecting.
    expect(await within(phones[0]!.closed)).toEqual({ code: 4002 });
    const told = phones[0]!.frames.map((f) => JSON.parse(f) as ServerMessage).filter((m) => m.type === 'error');
    expect(told).toEqual([{ type: 'error', ref: null, message: expect.stringContaining('more than 4') }]);
    // The others stay, and the newest is in the room as Ana: her token still works.
    for (const phone of phones.slice(1)) expect(await within(phone.closed, 100)).toBe('still waiting');
    expect((await newest.view()).you.name).toBe('Ana');
    expect(await newest.send({ type: 'ping' })).toEqual({ type: 'ack', ref: 1 });
    for (const phone of [...phones.slice(1), newest]) phone.close();
  });

  it('counts each person on their own: another person’s sockets close none of theirs', async () => {
    const { status } = await openRetroIn(h);
    const ana = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const bo = await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id);
    const anas: Phone[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_PERSON; i++) anas.push(await Phone.connect(status.port, ana.token));
    const bos: Phone[] = [];
    for (let i = 0; i < MAX_SOCKETS_PER_PERSON; i++) bos.push(await Phone.connect(status.port, bo.token));
    for (const phone of anas) expect(await within(phone.closed, 50)).toBe('still waiting');
    for (const phone of [...anas, ...bos]) phone.close();
  });
});

describe('cards per retro from the room', () => {
  it('refuses a person’s card past their cap, in plain words, and keeps every card already there', async () => {
    const { retroId } = await openRetroIn(h);
    const columnId = retroOf(retroId).columns[0]!.id;
    const session = new RoomSession(h.teamId, { kind: 'retro', retroId }, 0);
    const ctx = { store: h.store, now: () => new Date('2026-12-01T09:05:00.000Z') };
    const add = (personId: string, text: string) =>
      applyMessage(ctx, session, personId, { type: 'addCard', ref: 1, retroId, columnId, text });
    for (let i = 0; i < ROOM_CARD_LIMITS.perPerson; i++) await add(h.members.ana.id, `Card ${i}`);

    await expect(add(h.members.ana.id, 'One too many')).rejects.toThrow(
      `You have added ${ROOM_CARD_LIMITS.perPerson} cards to this retro, the most one person can add.`,
    );
    expect(retroOf(retroId).cards).toHaveLength(ROOM_CARD_LIMITS.perPerson);
    // Someone else still can, and Ana can again once she deletes one of hers.
    await add(h.members.bo.id, 'Pager fatigue');
    const hers = retroOf(retroId).cards[0]!.id;
    await applyMessage(ctx, session, h.members.ana.id, { type: 'deleteCard', ref: 1, retroId, cardId: hers });
    await add(h.members.ana.id, 'Instead');
    expect(retroOf(retroId).cards).toHaveLength(ROOM_CARD_LIMITS.perPerson + 1);
  });

  it('counts the cards a person is still sending: five at once near the cap add only the two that fit', async () => {
    const { retroId } = await openRetroIn(h);
    const columnId = retroOf(retroId).columns[0]!.id;
    const session = new RoomSession(h.teamId, { kind: 'retro', retroId }, 0);
    const ctx = { store: h.store, now: () => new Date('2026-12-01T09:05:00.000Z') };
    const add = (text: string) =>
      applyMessage(ctx, session, h.members.ana.id, { type: 'addCard', ref: 1, retroId, columnId, text });
    for (let i = 0; i < ROOM_CARD_LIMITS.perPerson - 2; i++) await add(`Card ${i}`);
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5].map((i) => add(`At once ${i}`)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2);
    expect(retroOf(retroId).cards).toHaveLength(ROOM_CARD_LIMITS.perPerson);
  });

  it('refuses a phone’s card once the retro holds its total, and the phone is told why', async () => {
    const { status, retroId } = await openRetroIn(h);
    const columnId = retroOf(retroId).columns[0]!.id;
    // A retro already full (cards written on the shared screen, an import): nothing of it is touched.
    await h.store.mutate({ teamId: h.teamId }, (draft) => {
      const retro = draft.teams[0]!.retros.find((r) => r.id === retroId)!;
      for (let i = 0; i < ROOM_CARD_LIMITS.perRetro; i++) {
        retro.cards.push({
          id: `c${i}`,
          columnId,
          text: `Card ${i}`,
          groupId: null,
          createdAt: '2026-12-01T09:00:00.000Z',
        });
      }
    });
    const ana = await phoneFor(status, h.members.ana.id);
    const answer = await ana.send({ type: 'addCard', retroId, columnId, text: 'One more' });
    expect(answer).toEqual({
      type: 'error',
      ref: 1,
      message: `This retro already has ${ROOM_CARD_LIMITS.perRetro} cards, the most it can take from the room.`,
    });
    expect(retroOf(retroId).cards).toHaveLength(ROOM_CARD_LIMITS.perRetro);
    ana.close();
  });
});

describe('what the room remembers of a deleted retro', () => {
  /** Deletes the retro and imports its export again: the same retro, the same id, the same cards. */
  async function deleteAndImport(retroId: string): Promise<void> {
    const json = retroToJson(retroOf(retroId), null, '2026-12-01T10:00:00.000Z', () => 'Former member');
    await h.api.deleteRetro({ teamId: h.teamId, retroId });
    await h.api.importRetro({ teamId: h.teamId, json });
    await h.api.focusRoom({ focus: { kind: 'retro', retroId } });
  }

  it('forgets who wrote its cards: the same retro imported again shows the old writer no hidden card', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const columnId = retroOf(retroId).columns[0]!.id;
    expect((await ana.send({ type: 'addCard', retroId, columnId, text: 'Noisy disk alerts' })).type).toBe('ack');

    await deleteAndImport(retroId);
    // The card is back, hidden as every card in the write phase, and nobody in the room wrote it.
    const writing = (await ana.view((v) => (v.focus as RetroFocus).retroId === retroId)).focus as RetroFocus;
    expect(writing.cards).toEqual([]);
    const edit = await ana.send({ type: 'editCard', retroId, cardId: retroOf(retroId).cards[0]!.id, text: 'Mine?' });
    expect(edit).toMatchObject({ type: 'error', message: 'You can only change cards you wrote.' });
    ana.close();
  });

  it('forgets its health answers: the same retro imported again counts no answer of before', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await h.api.updateRetroDetails({ teamId: h.teamId, retroId, checkIn: { mode: 'health', question: '' } });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    expect((await ana.send({ type: 'health', retroId, scores: all(1) })).type).toBe('ack');

    await deleteAndImport(retroId);
    const focus = (await ana.view((v) => (v.focus as RetroFocus).retroId === retroId)).focus as RetroFocus;
    expect(focus.checkIn).toMatchObject({ mine: null, answers: 0 });
    ana.close();
  });
});
