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

/** Texts a phone's keyboard can make that show nothing on the shared screen. */
const INVISIBLE = ['\u200b', '\u00ad\u00ad', '\u0301', ' \u2060 \ufeff '];

describe('a text from a phone that shows nothing', () => {
  it.each(INVISIBLE)('a card of %j is refused in words, and no card is added', async (text) => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const answer = await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text });
    expect(answer).toMatchObject({ type: 'error', message: expect.stringMatching(/^Card text shows nothing/) });
    expect((await h.api.getTeam({ teamId: h.teamId })).retros.find((r) => r.id === retroId)?.cards).toEqual([]);
  });

  it('an own card changed to invisible characters is refused, and keeps its words', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' })).toMatchObject({
      type: 'ack',
    });
    const seen = await ana.view((v) => (v.focus as RetroFocus).cards.length === 1);
    const cardId = (seen.focus as RetroFocus).cards[0]!.id;
    const answer = await ana.send({ type: 'editCard', retroId, cardId, text: '\u200b' });
    expect(answer).toMatchObject({ type: 'error', message: expect.stringMatching(/^Card text shows nothing/) });
    const mine = await ana.view((v) => (v.focus as RetroFocus).cards.length === 1);
    expect((mine.focus as RetroFocus).cards[0]!.text).toBe('Pager fatigue');
  });

  it('a blocker or a topic of invisible characters is refused, and nothing is raised', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'blocker', text: '\u200b' })).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/^Blocker shows nothing/),
    });
    expect(await ana.send({ type: 'park', text: '\u00ad' })).toMatchObject({
      type: 'error',
      message: expect.stringMatching(/^Topic shows nothing/),
    });
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect([team.blockers, team.parkingLot]).toEqual([[], []]);
  });

  it('a card with words among invisible characters is taken', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: '\u200bDisk alerts' })).toMatchObject({
      type: 'ack',
    });
  });
});
