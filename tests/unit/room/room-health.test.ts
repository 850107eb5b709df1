import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RetroFocus } from '../../../src/domain/room/protocol';
import type { HealthScores } from '../../../src/domain/retro/schema';
import { applyMessage } from '../../../src/room/actions';
import { RoomSession } from '../../../src/room/session';
import { openRetroIn, phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

const UNSCORED: HealthScores = { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null };

const all = (score: number): HealthScores => ({
  onCallLoad: score,
  alertNoise: score,
  toil: score,
  deployConfidence: score,
});

/** A retro at its health check-in, with the room open on it. */
async function healthCheckIn() {
  const opened = await openRetroIn(h);
  await h.api.updateRetroDetails({
    teamId: h.teamId,
    retroId: opened.retroId,
    checkIn: { mode: 'health', question: '' },
  });
  await h.api.setRetroPhase({ teamId: h.teamId, retroId: opened.retroId, phase: 'checkin' });
  return opened;
}

/** The stored checks, as they are on disk once every write is done. */
async function storedChecks() {
  await h.store.flush();
  return h.raw.snapshot().teams[0]!.healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }));
}

describe('health check answers from phones', () => {
  it('counts two answers sent at the same moment', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    const acks = await Promise.all([
      ana.send({ type: 'health', retroId, scores: all(1) }),
      bo.send({ type: 'health', retroId, scores: all(5) }),
    ]);
    expect(acks.map((a) => a.type)).toEqual(['ack', 'ack']);
    // Both counted; two scores are too few for a median (each would give the other's away).
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);
    const seen = (await ana.view((v) => (v.focus as RetroFocus).checkIn?.answers === 2)).focus as RetroFocus;
    expect(seen.checkIn?.mine).toEqual(all(1));
  });

  it('counts both of two answers whose writes overlap, whatever the network does', async () => {
    const { retroId } = await healthCheckIn();
    // The room's own message handling, without sockets: the second answer starts while the first is being written.
    const session = new RoomSession(h.teamId, { kind: 'retro', retroId }, 0);
    const ctx = { store: h.store, now: () => new Date('2026-12-01T09:05:00.000Z') };
    await Promise.all([
      applyMessage(ctx, session, h.members.ana.id, { type: 'health', ref: 1, retroId, scores: all(2) }),
      applyMessage(ctx, session, h.members.bo.id, { type: 'health', ref: 1, retroId, scores: all(4) }),
    ]);
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);
    expect(session.health.get(retroId)?.size).toBe(2);
  });

  it('keeps the answers already given when the room is closed and opened again', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    await ana.send({ type: 'health', retroId, scores: all(2) });
    await bo.send({ type: 'health', retroId, scores: all(2) });
    ana.close();
    bo.close();
    await h.api.closeRoom({});

    const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'retro', retroId } });
    const cy = await phoneFor(again, h.members.cy.id);
    expect(await cy.send({ type: 'health', retroId, scores: all(5) })).toMatchObject({ type: 'ack' });
    expect(await storedChecks()).toEqual([{ answers: 3, scores: all(2) }]);
    // Ana, back in the new room, sees the answer she gave before.
    const anaAgain = await phoneFor(again, h.members.ana.id);
    const seen = (await anaAgain.view((v) => (v.focus as RetroFocus).checkIn !== null)).focus as RetroFocus;
    expect(seen.checkIn).toMatchObject({ mine: all(2), answers: 3 });
    expect(h.room.status()?.progress?.label).toBe('2 of 2 have answered');
    cy.close();
    anaAgain.close();
  });

  it('never replaces a check it did not collect with fewer answers: one from before a restart, or the screen’s', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    await ana.send({ type: 'health', retroId, scores: all(2) });
    await bo.send({ type: 'health', retroId, scores: all(2) });
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);

    // Cadence restarted: a room that holds none of the answers the stored check was made from.
    const restarted = new RoomSession(h.teamId, { kind: 'retro', retroId }, 0);
    const ctx = { store: h.store, now: () => new Date('2026-12-01T09:05:00.000Z') };
    const late = applyMessage(ctx, restarted, h.members.cy.id, { type: 'health', ref: 1, retroId, scores: all(5) });
    await expect(late).rejects.toThrow(/already recorded/);
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);
    // Refused, so not counted either: the phone does not show it as given.
    expect(restarted.health.get(retroId)?.size ?? 0).toBe(0);

    // The facilitator enters the team's scores on the shared screen (asked, they agree to replace the phones'
    // answers): the phones do not overwrite them.
    await h.api.recordHealthCheck({ teamId: h.teamId, retroId, scores: all(4), replacesAnswers: true });
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await cy.send({ type: 'health', retroId, scores: all(1) })).toMatchObject({
      type: 'error',
      message: expect.stringContaining('already recorded'),
    });
    expect(await storedChecks()).toEqual([{ answers: undefined, scores: all(4) }]);
    ana.close();
    bo.close();
    cy.close();
  });
});

describe('an answer with nothing scored', () => {
  it('is refused in words that say what to do, and is not counted as an answer', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'health', retroId, scores: UNSCORED })).toMatchObject({
      type: 'error',
      message: 'A health answer needs at least one score from 1 to 5: nothing was scored, so nothing was counted.',
    });
    expect(await storedChecks()).toEqual([]);
    expect(h.room.status()?.progress?.label).toBe('0 of 1 have answered');
    expect(h.room.status()?.people.find((p) => p.personId === h.members.ana.id)?.done).toBe(false);

    // An answer already in stays as it was: an empty one does not wipe it.
    expect(await ana.send({ type: 'health', retroId, scores: all(2) })).toMatchObject({ type: 'ack' });
    expect(await ana.send({ type: 'health', retroId, scores: UNSCORED })).toMatchObject({ type: 'error' });
    expect(await storedChecks()).toEqual([{ answers: 1, scores: UNSCORED }]);
    const seen = (await ana.view((v) => (v.focus as RetroFocus).checkIn?.answers === 1)).focus as RetroFocus;
    expect(seen.checkIn?.mine).toEqual(all(2));
    ana.close();
  });
});

describe('the shared screen’s progress line', () => {
  it('shows none while nobody is in the room, and counts once someone joins', async () => {
    const { status, retroId } = await healthCheckIn();
    expect(h.room.status()?.people).toEqual([]);
    expect(h.room.status()?.progress).toBeNull();
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    expect(h.room.status()?.progress).toBeNull();

    const ana = await phoneFor(status, h.members.ana.id);
    await ana.view(() => true);
    expect(h.room.status()?.progress?.label).toBe('0 of 1 have written');
    ana.close();
  });
});

describe('health check answers on the shared screen', () => {
  it('keeps “Nobody sees your own scores”: no median from fewer than 3 people’s scores, also once the check-in ends', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await ana.send({ type: 'health', retroId, scores: all(1) })).toMatchObject({ type: 'ack' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    // One answer: its "medians" would be Ana's own scores, next to the tick by her name.
    const shown = async () =>
      (await h.api.getTeam({ teamId: h.teamId })).healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }));
    expect(await shown()).toEqual([{ answers: 1, scores: UNSCORED }]);

    // Two answers: each of the two could work the other's scores out from the medians and their own.
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    expect(await bo.send({ type: 'health', retroId, scores: all(5) })).toMatchObject({ type: 'ack' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    expect(await shown()).toEqual([{ answers: 2, scores: UNSCORED }]);
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);

    // Three answers: the medians show, for the dimensions at least three people scored.
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await cy.send({ type: 'health', retroId, scores: { ...all(4), toil: null } })).toMatchObject({
      type: 'ack',
    });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    expect(await shown()).toEqual([{ answers: 3, scores: { ...all(4), toil: null } }]);
    ana.close();
    bo.close();
    cy.close();
  });

  it('shows no scores while the check-in is open (one answer is that person’s own), and the medians once it ends', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    expect(await ana.send({ type: 'health', retroId, scores: all(1) })).toMatchObject({ type: 'ack' });
    // The room panel ticks Ana as answered: scores shown beside it would be hers.
    expect(h.room.status()?.people.find((p) => p.personId === h.members.ana.id)?.done).toBe(true);
    // The screen learns how many answered (the panel ticks who), never what they scored.
    const shownNow = async () =>
      (await h.api.getTeam({ teamId: h.teamId })).healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }));
    expect(await shownNow()).toEqual([{ answers: 1, scores: UNSCORED }]);

    const bo = await phoneFor(status, h.members.bo.id);
    const cy = await phoneFor(status, h.members.cy.id);
    expect(await bo.send({ type: 'health', retroId, scores: all(5) })).toMatchObject({ type: 'ack' });
    expect(await cy.send({ type: 'health', retroId, scores: all(3) })).toMatchObject({ type: 'ack' });
    expect(await shownNow()).toEqual([{ answers: 3, scores: UNSCORED }]);
    // Stored all along: only the screen's copy waits.
    expect(await storedChecks()).toEqual([{ answers: 3, scores: all(3) }]);

    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    const shown = (await h.api.getTeam({ teamId: h.teamId })).healthChecks;
    expect(shown.map((c) => ({ answers: c.answers, scores: c.scores }))).toEqual([{ answers: 3, scores: all(3) }]);
    ana.close();
    bo.close();
    cy.close();
  });

  it('shows the scores the facilitator entered on the screen during the check-in', async () => {
    const { retroId } = await healthCheckIn();
    await h.api.recordHealthCheck({ teamId: h.teamId, retroId, scores: all(4) });
    const shown = (await h.api.getTeam({ teamId: h.teamId })).healthChecks;
    expect(shown.map((c) => c.scores)).toEqual([all(4)]);
  });
});

describe('a person who leaves the room from their phone during the check-in', () => {
  it('takes back their answer: the name’s next holder starts unscored, and the count follows', async () => {
    const { status, retroId } = await healthCheckIn();
    const ana = await phoneFor(status, h.members.ana.id);
    // Ana sends her own answer; Cy picked Bo's name by mistake and answers as Bo.
    expect(await ana.send({ type: 'health', retroId, scores: all(2) })).toMatchObject({ type: 'ack' });
    const cyAsBo = await phoneFor(status, h.members.bo.id);
    expect(await cyAsBo.send({ type: 'health', retroId, scores: all(5) })).toMatchObject({ type: 'ack' });
    expect(await storedChecks()).toEqual([{ answers: 2, scores: UNSCORED }]);

    expect(await cyAsBo.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(await storedChecks()).toEqual([{ answers: 1, scores: UNSCORED }]);
    const bo = await phoneFor(status, h.members.bo.id);
    const seen = (await bo.view((v) => (v.focus as RetroFocus).checkIn !== null)).focus as RetroFocus;
    expect(seen.checkIn).toMatchObject({ mine: null, answers: 1 });
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have answered');
  });

  it('leaves no check behind when theirs was the only answer', async () => {
    const { status, retroId } = await healthCheckIn();
    const phone = await phoneFor(status, h.members.bo.id);
    expect(await phone.send({ type: 'health', retroId, scores: all(4) })).toMatchObject({ type: 'ack' });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(await storedChecks()).toEqual([]);
  });

  it('keeps their answer once the check-in has ended', async () => {
    const { status, retroId } = await healthCheckIn();
    const phone = await phoneFor(status, h.members.bo.id);
    expect(await phone.send({ type: 'health', retroId, scores: all(4) })).toMatchObject({ type: 'ack' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'write' });
    expect(await phone.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    expect(await storedChecks()).toEqual([{ answers: 1, scores: UNSCORED }]);
  });
});
