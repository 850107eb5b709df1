import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../src/api/contract/room';
import {
  connectionTo,
  openPokerIn,
  openRetroIn,
  phoneFor,
  retroIn,
  roomHarness,
  type RoomHarness,
} from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

/** A retro of another team, Databases, in its write phase. */
async function retroOfAnotherTeam(): Promise<string> {
  const other = await h.api.createTeam({ name: 'Databases' });
  return retroIn(h, { teamId: other.id, title: 'Databases sprint 3 retro', writing: true });
}

const notOurs = {
  ok: false,
  error: { code: 'not_found', message: expect.stringContaining('not one of Platform SRE’s retros') },
};

describe('focusing the room on a retro', () => {
  it('refuses a retro of another team and keeps the focus it had', async () => {
    const { status } = await openPokerIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.view((v) => v.focus.kind === 'poker');
    const foreign = await retroOfAnotherTeam();
    const eventsBefore = h.screenEvents().length;

    const answer = await h.call('focusRoom', { focus: { kind: 'retro', retroId: foreign } });

    expect(answer).toMatchObject(notOurs);
    expect(h.room.status()?.focus).toEqual({ kind: 'poker' });
    // The shared screen is not told of a focus the room does not have.
    expect(h.screenEvents().slice(eventsBefore)).toEqual([]);
    expect((await ana.view()).focus.kind).toBe('poker');
    ana.close();
  });

  it('refuses a retro id that does not exist and keeps the focus it had', async () => {
    const { retroId } = await openRetroIn(h);

    const answer = await h.call('focusRoom', { focus: { kind: 'retro', retroId: 'no-such-retro' } });

    expect(answer).toMatchObject(notOurs);
    expect(h.room.status()?.focus).toEqual({ kind: 'retro', retroId });
  });

  it('still moves to another retro of the team', async () => {
    await openPokerIn(h);
    const retroId = await retroIn(h, { title: 'Sprint 8 retro' });
    const status = await h.api.focusRoom({ focus: { kind: 'retro', retroId } });
    expect(status.focus).toEqual({ kind: 'retro', retroId });
  });

  it('refuses to open the room on a retro of another team, and opens nothing', async () => {
    const foreign = await retroOfAnotherTeam();

    const answer = await h.call('openRoom', { teamId: h.teamId, focus: { kind: 'retro', retroId: foreign } });

    expect(answer).toMatchObject(notOurs);
    expect(h.room.status()).toBeNull();
    expect(h.screenEvents()).toEqual([]);
  });

  it('refuses an open on another team’s retro while the room is open, and keeps the focus', async () => {
    const { status } = await openPokerIn(h);
    const foreign = await retroOfAnotherTeam();

    const answer = await h.call('openRoom', { teamId: h.teamId, focus: { kind: 'retro', retroId: foreign } });

    expect(answer).toMatchObject(notOurs);
    expect(h.room.status()?.focus).toEqual({ kind: 'poker' });
    expect(await connectionTo(status.port)).toBe('connected');
  });
});

describe('the focused retro deleted', () => {
  it('the room lets go of the focus: the screen and the phones show nothing is open', async () => {
    const { status, retroId } = await openRetroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.view((v) => v.focus.kind === 'retro');

    await h.api.deleteRetro({ teamId: h.teamId, retroId });

    const waiting = await ana.view((v) => v.focus.kind === 'waiting');
    expect(waiting.focus).toMatchObject({ kind: 'waiting' });
    await expect.poll(() => h.room.status()?.focus).toEqual({ kind: 'none' });
    const last = h.screenEvents().at(-1) as RoomStatus;
    expect(last.focus).toEqual({ kind: 'none' });
    ana.close();
  });

  it('tells the phones the retro was deleted and names the retros left, so they drop what they kept for it', async () => {
    const { status, retroId } = await openRetroIn(h);
    const otherId = await retroIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const before = await ana.view((v) => v.focus.kind === 'retro');
    expect(before).toMatchObject({ teamId: h.teamId, retroIds: expect.arrayContaining([retroId, otherId]) });

    await h.api.deleteRetro({ teamId: h.teamId, retroId });

    const waiting = await ana.view((v) => v.focus.kind === 'waiting');
    expect(waiting.focus).toEqual({
      kind: 'waiting',
      message: 'The facilitator deleted this retro. What they start next will appear here.',
    });
    expect(waiting).toMatchObject({ teamId: h.teamId, retroIds: [otherId] });
    ana.close();
  });

  it('deleted while the room was opening on it: the room opens on nothing', async () => {
    const retroId = await retroIn(h);

    const [opened] = await Promise.all([
      h.room.open({ teamId: h.teamId, focus: { kind: 'retro', retroId } }),
      h.api.deleteRetro({ teamId: h.teamId, retroId }),
    ]);

    expect(opened.focus).toEqual({ kind: 'none' });
    expect(h.room.status()?.focus).toEqual({ kind: 'none' });
  });
});

describe('a member taken off the team while in the room', () => {
  it('leaves the room: the phone is told why, and the screen no longer lists or counts them', async () => {
    const { status } = await openPokerIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    await bo.view((v) => v.focus.kind === 'poker');

    await h.api.removeMember({ teamId: h.teamId, memberId: h.members.bo.id });

    await expect.poll(() => h.room.status()?.people.map((p) => p.name)).toEqual(['Ana']);
    expect((await bo.closed).code).toBe(4001);
    const ended = bo.frames
      .map((f) => JSON.parse(f) as { type: string; message?: string })
      .find((f) => f.type === 'ended');
    expect(ended?.message).toBe('You are no longer a member of Platform SRE, so your place in the room has ended.');
    expect(
      h
        .screenEvents()
        .at(-1)
        ?.people.map((p) => p.name),
    ).toEqual(['Ana']);
    // Ana stays in.
    expect(await ana.send({ type: 'ping' })).toMatchObject({ type: 'ack' });
    ana.close();
  });
});
