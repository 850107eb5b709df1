import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { itemFields } from '../../helpers/fixtures';
import { openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const exported = async () => (await h.api.exportWorkspace({})).content;

describe('the whole-workspace export while the room keeps secrets', () => {
  it('is refused, naming what is unrevealed, and holds everything once it is revealed', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'SECRET-CARD-TEXT' });
    await expect(exported()).rejects.toThrow(/Sprint 7 retro.*hidden cards/);

    await h.api.revealRetroCards({ teamId: h.teamId, retroId, revealed: true });
    expect(await exported()).toContain('SECRET-CARD-TEXT');

    const item = await h.api.createItem({ teamId: h.teamId, item: itemFields('Estimate me') });
    const roundId = (await h.api.startEstimation({ teamId: h.teamId, itemId: item.id })).rounds[0]!.id;
    await h.api.focusRoom({ focus: { kind: 'poker' } });
    expect(await ana.send({ type: 'vote', roundId, card: '13' })).toMatchObject({ type: 'ack' });
    await expect(exported()).rejects.toThrow(/Estimate me/);

    await h.api.revealVotes({ teamId: h.teamId, roundId });
    expect(await exported()).toMatch(/"card":\s*"13"/);
  });

  it('is refused for dots placed on phones while voting is open, not for dots entered on the shared screen', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const topic = ((await ana.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!
      .topics[0]!;
    await h.api.castRetroVotes({ teamId: h.teamId, retroId, voterId: h.members.cy.id, targetId: topic.id, delta: 1 });
    expect(await exported()).toContain(h.members.cy.id);

    expect(await ana.send({ type: 'dot', retroId, targetId: topic.id, delta: 1 })).toMatchObject({ type: 'ack' });
    await expect(exported()).rejects.toThrow(/Sprint 7 retro.*dots/);

    await h.api.closeRetroVoting({ teamId: h.teamId, retroId, closed: true });
    const votes = JSON.parse(await exported()).teams[0].retros[0].votes as { voterId: string }[];
    expect(votes.map((v) => v.voterId).sort()).toEqual([h.members.ana.id, h.members.cy.id].sort());
  });

  it('is refused while phones are answering a health check-in, and holds the scores once it ends', async () => {
    const { status, retroId } = await openRetroIn(h);
    await h.api.updateRetroDetails({ teamId: h.teamId, retroId, checkIn: { mode: 'health', question: '' } });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    const ana = await phoneFor(status, h.members.ana.id);
    const scores = { onCallLoad: 2, alertNoise: 4, toil: 1, deployConfidence: 5 };
    expect(await ana.send({ type: 'health', retroId, scores })).toMatchObject({ type: 'ack' });
    // With one answer in, the check's scores are Ana's own.
    await expect(exported()).rejects.toThrow(/Sprint 7 retro.*health/);

    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    // One answer is too few for a median: the check holds the count and no scores, so Ana's stay hers.
    expect(JSON.parse(await exported()).teams[0].healthChecks[0]).toMatchObject({
      answers: 1,
      scores: { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null },
    });
  });
});
