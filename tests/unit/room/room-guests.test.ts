import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../src/api/contract/room';
import type { PokerFocus, RetroFocus } from '../../../src/domain/room/protocol';
import {
  Phone,
  openPokerIn,
  openRetroIn,
  phoneFor,
  request,
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

async function joinGuest(status: RoomStatus, guestName: string) {
  return request(status.port, { method: 'POST', path: '/room/join', body: { secret: secretOf(status), guestName } });
}

async function guestPhone(status: RoomStatus, name: string): Promise<Phone> {
  const answer = await joinGuest(status, name);
  const { value } = JSON.parse(answer.body) as { value: { token: string } };
  return Phone.connect(status.port, value.token);
}

const teamOnDisk = () => h.raw.snapshot().teams.find((t) => t.id === h.teamId)!;

describe('guests in the room', () => {
  it('are refused until the facilitator lets guests in, and the lobby says whether they may', async () => {
    const { status } = await openPokerIn(h);
    const lobby = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(JSON.parse(lobby.body).value.guestsAllowed).toBe(false);
    const refused = await joinGuest(status, 'Priya');
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.message).toContain('team members only');
    expect(h.room.status()?.people).toEqual([]);

    const allowed = await h.api.allowRoomGuests({ allowed: true });
    expect(allowed.guestsAllowed).toBe(true);
    const open = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(JSON.parse(open.body).value.guestsAllowed).toBe(true);
    expect((await joinGuest(status, '  Priya  ')).status).toBe(200);
    expect(h.room.status()?.people).toMatchObject([{ name: 'Priya', guest: true }]);
    // An empty name is refused with a message.
    const blank = await joinGuest(status, '   ');
    expect(blank.status).toBe(400);
  });

  it('a name made only of invisible characters is refused like an empty one, and no blank person joins', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    for (const name of ['\u200b', ' \u2060 ', '\u00ad\ufeff', '\u200d\u0301']) {
      const answer = await joinGuest(status, name);
      expect({
        status: answer.status,
        message: (JSON.parse(answer.body) as { error?: { message: string } }).error?.message,
      }).toEqual({
        status: 400,
        message: 'Your name cannot be empty.',
      });
    }
    expect(h.room.status()?.people).toEqual([]);
  });

  it('vote in poker under a guest id on the round, never as a team member, and are named at the reveal', async () => {
    const { status, roundId } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const priya = await guestPhone(status, 'Priya');
    const view = await priya.view();
    expect(view.you).toMatchObject({ name: 'Priya', guest: true });
    expect((view.focus as PokerFocus).voters).toBe(4);
    expect(h.room.status()?.progress?.label).toBe('0 of 4 have voted');

    expect(await priya.send({ type: 'vote', roundId, card: '13' })).toMatchObject({ type: 'ack' });
    const team = teamOnDisk();
    expect(team.members.map((m) => m.name)).toEqual(['Ana', 'Bo', 'Cy']);
    const round = team.estimationRounds[0]!;
    expect(round.guests).toEqual([{ id: view.you.personId, name: 'Priya' }]);
    expect(round.votes).toEqual([{ memberId: view.you.personId, card: '13', value: 13 }]);
    // The shared screen learns only that the guest voted.
    expect(JSON.stringify(h.events)).not.toMatch(/"13"/);
    expect((await h.api.getTeam({ teamId: h.teamId })).estimationRounds[0]!.votes[0]!.card).toBe('hidden');
    // The shared screen cannot vote in a guest's name.
    const forged = await h.call('castVote', { teamId: h.teamId, roundId, memberId: view.you.personId, card: '1' });
    expect(forged.ok).toBe(false);

    await h.api.revealVotes({ teamId: h.teamId, roundId });
    const revealed = (await priya.view((v) => (v.focus as PokerFocus).revealed !== null)).focus as PokerFocus;
    expect(revealed.revealed?.votes).toEqual([{ name: 'Priya (guest)', card: '13' }]);
  });

  it('dot in the retro within the same budget, their dots hidden from the shared screen until voting ends', async () => {
    const { status, retroId } = await openRetroIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Disk alerts page at 3am' });
    const priya = await guestPhone(status, 'Priya');
    expect(
      await priya.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Runbook links are dead' }),
    ).toMatchObject({ type: 'ack' });
    // A guest's card is anonymous like every other: no author on disk.
    expect(teamOnDisk().retros[0]!.cards.every((c) => !('authorId' in c))).toBe(true);
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const voting = ((await priya.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!;
    const target = voting.topics[0]!;
    for (let i = 0; i < voting.cap; i++) {
      expect(await priya.send({ type: 'dot', retroId, targetId: target.id, delta: 1 })).toMatchObject({ type: 'ack' });
    }
    expect(await priya.send({ type: 'dot', retroId, targetId: target.id, delta: 1 })).toMatchObject({
      type: 'error',
    });
    const stored = teamOnDisk().retros[0]!;
    const guestId = (await priya.view()).you.personId;
    expect(stored.guests).toEqual([{ id: guestId, name: 'Priya' }]);
    expect(stored.votes).toEqual([{ voterId: guestId, targetId: target.id, count: voting.cap }]);
    expect(teamOnDisk().members).toHaveLength(3);
    const onScreen = (await h.api.getTeam({ teamId: h.teamId })).retros[0]!.votes;
    expect(onScreen).toEqual([{ voterId: guestId, targetId: 'hidden', count: voting.cap }]);
    // Removed from the room while voting is open, the guest's dots are taken back, as when they leave it themself.
    await h.api.removeFromRoom({ personId: guestId });
    expect((await h.api.getTeam({ teamId: h.teamId })).retros[0]!.votes).toEqual([]);
  });

  it('raise standup blockers with no owner in the team', async () => {
    await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const status = await h.api.allowRoomGuests({ allowed: true });
    const priya = await guestPhone(status, 'Priya');
    expect(await priya.send({ type: 'blocker', text: 'Waiting on the vendor for the firewall rule' })).toMatchObject({
      type: 'ack',
    });
    const blocker = teamOnDisk().blockers.find((b) => b.text.startsWith('Waiting on the vendor'));
    expect(blocker?.ownerId).toBeNull();
  });

  it('turning guests off refuses new guests and keeps those already in', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    await guestPhone(status, 'Priya');
    await h.api.allowRoomGuests({ allowed: false });
    expect((await joinGuest(status, 'Sam')).status).toBe(403);
    expect(h.room.status()?.people.map((p) => p.name)).toEqual(['Priya']);
  });

  it('a team member who types their own name as a guest is sent to the list, and no guest joins', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const refused = await joinGuest(status, ' ana ');
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.body).error.message).toBe(
      'Ana is on the team: tap “I am Ana” in the list. If you are a guest with the same name, add your initial.',
    );
    expect(h.room.status()?.people).toEqual([]);
  });

  it('a guest removed before voting: the phones count the voters as the shared screen does', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const ana = await phoneFor(status, h.members.ana.id);
    const priya = await guestPhone(status, 'Priya');
    await ana.view((v) => (v.focus as PokerFocus).voters === 4);
    const guestId = h.room.status()!.people.find((p) => p.guest)!.personId;

    const after = await h.api.removeFromRoom({ personId: guestId });
    expect(after.progress?.label).toBe('0 of 3 have voted');
    const seen = await ana.view((v) => (v.focus as PokerFocus).voters !== 4);
    expect((seen.focus as PokerFocus).voters).toBe(3);
    priya.close();
  });

  it('a guest who joined and is not connected yet counts among the voters on the phones, as on the shared screen', async () => {
    const { status } = await openPokerIn(h);
    await h.api.allowRoomGuests({ allowed: true });
    const ana = await phoneFor(status, h.members.ana.id);
    await ana.view((v) => (v.focus as PokerFocus).voters === 3);
    // Joined by name; the phone's socket has not reached the room (a flaky Wi-Fi).
    expect((await joinGuest(status, 'Priya')).status).toBe(200);
    expect(h.room.status()?.progress?.label).toBe('0 of 4 have voted');
    const seen = await ana.view((v) => (v.focus as PokerFocus).voters !== 3);
    expect((seen.focus as PokerFocus).voters).toBe(4);
  });
});
