import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantView } from '../../../src/domain/room/protocol';
import { openPokerIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const takesBack = (v: ParticipantView) => v.takesBack;

describe('a phone is told what Leave the room would take back from its own place', () => {
  it('counts its own vote not yet revealed, and tells no other phone of it', async () => {
    const { roundId, status } = await openPokerIn(h);
    const bo = await phoneFor(status, h.members.bo.id);
    const cy = await phoneFor(status, h.members.cy.id);
    expect(takesBack(await bo.view())).toEqual({ votes: 0, dots: 0, answers: 0 });

    expect(await bo.send({ type: 'vote', roundId, card: '3' })).toMatchObject({ type: 'ack' });

    const zero = { votes: 0, dots: 0, answers: 0 };
    const counted = (v: ParticipantView) => JSON.stringify(takesBack(v)) !== JSON.stringify(zero);
    expect(takesBack(await bo.view(counted))).toEqual({ votes: 1, dots: 0, answers: 0 });
    // Cy's phone hears that Bo voted (the progress), never what Bo's place would take back.
    expect(takesBack(await cy.view())).toEqual(zero);
    // Revealed, the vote has been seen: leaving no longer takes it back.
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    expect(takesBack(await bo.view((v) => !counted(v)))).toEqual(zero);
  });
});
