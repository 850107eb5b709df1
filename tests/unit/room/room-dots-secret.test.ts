import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import { HIDDEN_TARGET } from '../../../src/domain/room/redact';
import type { RetroVote } from '../../../src/domain/retro/schema';
import { inProcessApi } from '../../helpers/in-process-api';
import { openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;
let closed = false;

beforeEach(async () => {
  h = await roomHarness();
  closed = false;
});
afterEach(async () => {
  if (!closed) await h.close();
});

/** Ana and Bo dot from their phones; the facilitator enters Cy's dot on the shared screen (Cy has no phone). */
async function dotsFromPhonesAndScreen() {
  const { status, retroId } = await openRetroIn(h);
  const ana = await phoneFor(status, h.members.ana.id);
  const bo = await phoneFor(status, h.members.bo.id);
  await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' });
  await ana.send({ type: 'addCard', retroId, columnId: 'interrupts', text: 'Too many DB restores' });
  await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
  const topics = ((await bo.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!.topics;
  const pager = topics.find((t) => t.title === 'Pager fatigue')!;
  const restores = topics.find((t) => t.title === 'Too many DB restores')!;
  for (let i = 0; i < 2; i++) {
    expect(await bo.send({ type: 'dot', retroId, targetId: pager.id, delta: 1 })).toMatchObject({ type: 'ack' });
  }
  expect(await ana.send({ type: 'dot', retroId, targetId: restores.id, delta: 1 })).toMatchObject({ type: 'ack' });
  await h.api.castRetroVotes({ teamId: h.teamId, retroId, voterId: h.members.cy.id, targetId: pager.id, delta: 1 });
  return { retroId, pager, restores };
}

const byVoter = (votes: readonly RetroVote[]) =>
  Object.fromEntries(votes.map((v) => [v.voterId, { targetId: v.targetId, count: v.count }]));

describe('dots placed on a phone stay secret on the shared screen until voting ends', () => {
  it('after Close room, reopening the room and a restart; dots entered on the screen stay shown; Remove takes its person’s back', async () => {
    const { retroId, pager, restores } = await dotsFromPhonesAndScreen();
    const { ana, bo, cy } = h.members;
    const screenVotes = async () => byVoter((await h.api.getTeam({ teamId: h.teamId })).retros[0]!.votes);
    const secret = {
      [ana.id]: { targetId: HIDDEN_TARGET, count: 1 },
      [bo.id]: { targetId: HIDDEN_TARGET, count: 2 },
      [cy.id]: { targetId: pager.id, count: 1 },
    };
    expect(await screenVotes()).toEqual(secret);

    // Remove takes back the dots of the person removed while voting is open (often someone who had taken another's
    // name): the rest stay as secret as they were.
    await h.api.removeFromRoom({ personId: bo.id });
    delete secret[bo.id];
    expect(await screenVotes()).toEqual(secret);

    await h.api.closeRoom({});
    expect(await screenVotes()).toEqual(secret);

    await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
    expect(await screenVotes()).toEqual(secret);

    // Cadence restarts: a new store on the same folder, no room open.
    await h.close();
    closed = true;
    const again = await inProcessApi({ dataDir: h.dataDir });
    const restarted = async () => byVoter((await again.api.getTeam({ teamId: h.teamId })).retros[0]!.votes);
    expect(await restarted()).toEqual(secret);

    // The facilitator still enters dots for Cy, who has no phone, and sees where they are.
    await again.api.castRetroVotes({ teamId: h.teamId, retroId, voterId: cy.id, targetId: restores.id, delta: 1 });
    const cyOnScreen = (await again.api.getTeam({ teamId: h.teamId })).retros[0]!.votes.filter(
      (v) => v.voterId === cy.id,
    );
    expect(cyOnScreen).toEqual(
      expect.arrayContaining([
        { voterId: cy.id, targetId: pager.id, count: 1 },
        { voterId: cy.id, targetId: restores.id, count: 1 },
      ]),
    );

    await again.api.closeRetroVoting({ teamId: h.teamId, retroId, closed: true });
    expect(
      byVoter((await again.api.getTeam({ teamId: h.teamId })).retros[0]!.votes.filter((v) => v.voterId !== cy.id)),
    ).toEqual({
      [ana.id]: { targetId: restores.id, count: 1 },
    });
    await again.store.close();
  });
});
