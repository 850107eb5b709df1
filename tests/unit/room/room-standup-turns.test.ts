import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantView, StandupFocus } from '../../../src/domain/room/protocol';
import { Phone, phoneFor, request, roomHarness, secretOf, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

/** A standup started at the harness's 09:00 UTC, in a team on UTC: left running from the team's midnight. */
const STARTED_9AM_UTC = { started: { date: '2026-12-01', time: '09:00' }, leftRunningAt: '2026-12-02T00:00:00.000Z' };

beforeEach(async () => {
  h = await roomHarness();
  await h.api.updateTeamSettings({ teamId: h.teamId, settings: { timeZone: 'UTC' } });
});

afterEach(async () => {
  await h.close();
});

const standup = (v: ParticipantView): StandupFocus | null => (v.focus.kind === 'standup' ? v.focus : null);

describe('the standup’s turns on the phones', () => {
  it('tells each person who is speaking and where their own turn stands, updated as the shared screen presses Next', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    const cy = await phoneFor(status, h.members.cy.id);
    // Before the standup starts, the phone has no turns to show.
    expect(standup(await ana.view((v) => standup(v) !== null))?.running).toBeUndefined();

    // Ana, Bo, Cy in the team's order; Cy is marked absent at the start.
    const session = await h.api.startStandup({ teamId: h.teamId, absentIds: [h.members.cy.id] });
    expect(standup(await ana.view((v) => standup(v)?.running !== undefined))?.running).toEqual({
      speaker: 'Ana',
      you: { status: 'speaking' },
      ...STARTED_9AM_UTC,
    });
    expect(standup(await bo.view((v) => standup(v)?.running !== undefined))?.running).toEqual({
      speaker: 'Ana',
      you: { status: 'next' },
      ...STARTED_9AM_UTC,
    });
    expect(standup(await cy.view((v) => standup(v)?.running !== undefined))?.running).toEqual({
      speaker: 'Ana',
      you: { status: 'absent' },
      ...STARTED_9AM_UTC,
    });

    await h.api.controlStandup({ teamId: h.teamId, standupId: session.id, action: { kind: 'next' } });
    expect(standup(await ana.view((v) => standup(v)?.running?.speaker === 'Bo'))?.running).toEqual({
      speaker: 'Bo',
      you: { status: 'spoken' },
      ...STARTED_9AM_UTC,
    });
    expect(standup(await bo.view((v) => standup(v)?.running?.speaker === 'Bo'))?.running).toEqual({
      speaker: 'Bo',
      you: { status: 'speaking' },
      ...STARTED_9AM_UTC,
    });

    // Cy walks in late: back in the queue, after Bo.
    await h.api.controlStandup({
      teamId: h.teamId,
      standupId: session.id,
      action: { kind: 'arrived', memberId: h.members.cy.id },
    });
    expect(standup(await cy.view((v) => standup(v)?.running?.you?.status === 'next'))?.running?.you?.status).toBe(
      'next',
    );

    // Past the last speaker the standup ends: the phones show no turns.
    await h.api.controlStandup({ teamId: h.teamId, standupId: session.id, action: { kind: 'next' } });
    await h.api.controlStandup({ teamId: h.teamId, standupId: session.id, action: { kind: 'next' } });
    const after = standup(await ana.view((v) => standup(v) !== null && standup(v)?.running === undefined));
    expect(after?.running).toBeUndefined();
    ana.close();
    bo.close();
    cy.close();
  });

  // The phone has no clock of the room's: the start, on the team's clock, tells it a standup left running overnight
  // is not today's, from the team's next midnight, when the shared screen only ends it.
  it('tells the phones when the standup started, on the team’s clock', async () => {
    await h.api.updateTeamSettings({ teamId: h.teamId, settings: { timeZone: 'Australia/Sydney' } });
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const ana = await phoneFor(status, h.members.ana.id);
    h.advance(60_000);
    await h.api.startStandup({ teamId: h.teamId, absentIds: [] });
    const seen = standup(await ana.view((v) => standup(v)?.running !== undefined));
    // 09:01 UTC is 20:01 in Sydney (UTC+11 in December); its next day starts at 13:00 UTC.
    expect(seen?.running).toMatchObject({
      started: { date: '2026-12-01', time: '20:01' },
      leftRunningAt: '2026-12-01T13:00:00.000Z',
    });
    ana.close();
  });

  it('counts the people still to speak before a person further down the queue', async () => {
    const dee = await h.api.addMember({
      teamId: h.teamId,
      member: { name: 'Dee', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const phone = await phoneFor(status, dee.id);
    await h.api.startStandup({ teamId: h.teamId, absentIds: [h.members.bo.id] });
    // Ana speaks; Bo is absent; Cy is next; Dee waits behind Cy.
    const seen = standup(await phone.view((v) => standup(v)?.running !== undefined));
    expect(seen?.running).toEqual({
      speaker: 'Ana',
      you: { status: 'waiting', ahead: 1 },
      ...STARTED_9AM_UTC,
    });
    phone.close();
  });

  it('shows a guest who is speaking, and no turn of their own', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    await h.api.allowRoomGuests({ allowed: true });
    const answer = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status), guestName: 'Priya' },
    });
    const { value } = JSON.parse(answer.body) as { value: { token: string } };
    const priya = await Phone.connect(status.port, value.token);
    await h.api.startStandup({ teamId: h.teamId, absentIds: [] });
    const seen = standup(await priya.view((v) => standup(v)?.running !== undefined));
    expect(seen?.running).toEqual({ speaker: 'Ana', you: null, ...STARTED_9AM_UTC });
    priya.close();
  });
});
