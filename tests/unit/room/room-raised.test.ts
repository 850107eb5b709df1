import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { phoneFor, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

describe('“What you raised” at the standup', () => {
  it('still lists a person’s own open blockers after Close room and open again, and never another person’s', async () => {
    const first = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const bo = await phoneFor(first, h.members.bo.id);
    const ana = await phoneFor(first, h.members.ana.id);
    expect(await bo.send({ type: 'blocker', text: 'Waiting on the DBA team' })).toMatchObject({ type: 'ack' });
    expect(await bo.send({ type: 'blocker', text: 'VPN to the DR site is down' })).toMatchObject({ type: 'ack' });
    expect(await ana.send({ type: 'blocker', text: 'No access to the billing account' })).toMatchObject({
      type: 'ack',
    });
    bo.close();
    ana.close();
    // One of Bo's blockers is resolved on the shared screen.
    const dba = (await h.api.getTeam({ teamId: h.teamId })).blockers.find((b) => b.text === 'Waiting on the DBA team')!;
    await h.api.resolveBlocker({ teamId: h.teamId, blockerId: dba.id });
    await h.api.closeRoom({});

    const again = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const boAgain = await phoneFor(again, h.members.bo.id);
    const seen = await boAgain.view((v) => v.focus.kind === 'standup');
    expect(seen.focus).toEqual({ kind: 'standup', raised: [{ kind: 'blocker', text: 'VPN to the DR site is down' }] });
    expect(boAgain.frames.join('\n')).not.toContain('No access to the billing account');

    // What Bo raises in this room comes after, once.
    expect(await boAgain.send({ type: 'blocker', text: 'Certificate expires Friday' })).toMatchObject({ type: 'ack' });
    const after = await boAgain.view((v) => v.focus.kind === 'standup' && v.focus.raised.length === 2);
    expect(after.focus).toEqual({
      kind: 'standup',
      raised: [
        { kind: 'blocker', text: 'VPN to the DR site is down' },
        { kind: 'blocker', text: 'Certificate expires Friday' },
      ],
    });
    boAgain.close();
  });

  it('lists a blocker and a topic sent at once, both of them', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const ana = await phoneFor(status, h.members.ana.id);
    // Two forms on one phone, tapped one after the other: the second leaves before the first is saved.
    const answers = await Promise.all([
      ana.send({ type: 'park', text: 'Runbook for the queue backlog' }),
      ana.send({ type: 'blocker', text: 'Waiting on the DBA team' }),
    ]);
    expect(answers).toMatchObject([{ type: 'ack' }, { type: 'ack' }]);
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.parkingLot.map((t) => t.text)).toContain('Runbook for the queue backlog');
    const seen = await ana.view((v) => v.focus.kind === 'standup' && v.focus.raised.length === 2);
    expect(seen.focus).toEqual({
      kind: 'standup',
      raised: [
        { kind: 'blocker', text: 'Waiting on the DBA team' },
        { kind: 'topic', text: 'Runbook for the queue backlog' },
      ],
    });
    ana.close();
  });
});

describe('a person who raised something under another’s name, then left the room', () => {
  it('leaves the blocker raised and the topic parked, owned by nobody, and not listed to the name’s next holder', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    // Ana picked Bo's name by mistake.
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'blocker', text: 'No access to the billing account' })).toMatchObject({
      type: 'ack',
    });
    expect(await anaAsBo.send({ type: 'park', text: 'Runbook for the queue backlog' })).toMatchObject({
      type: 'ack',
    });
    expect(await anaAsBo.send({ type: 'leave' })).toMatchObject({ type: 'ack' });

    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.blockers.map((b) => ({ text: b.text, ownerId: b.ownerId }))).toEqual([
      { text: 'No access to the billing account', ownerId: null },
    ]);
    expect(team.parkingLot.map((t) => ({ text: t.text, stayIds: t.stayIds }))).toEqual([
      { text: 'Runbook for the queue backlog', stayIds: [] },
    ]);
    const bo = await phoneFor(status, h.members.bo.id);
    const seen = await bo.view((v) => v.focus.kind === 'standup');
    expect(seen.focus).toEqual({ kind: 'standup', raised: [] });
  });

  it('keeps the owner of a blocker the name’s holder raised before, from a place of their own', async () => {
    const first = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const bo = await phoneFor(first, h.members.bo.id);
    expect(await bo.send({ type: 'blocker', text: 'VPN to the DR site is down' })).toMatchObject({ type: 'ack' });
    // Bo's place ends with the room (Remove would let go of what he raised from it, as Leave the room does).
    bo.close();
    await h.api.closeRoom({});
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const anaAsBo = await phoneFor(status, h.members.bo.id);
    expect(await anaAsBo.send({ type: 'leave' })).toMatchObject({ type: 'ack' });
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.blockers.map((b) => b.ownerId)).toEqual([h.members.bo.id]);
  });
});
