import net from 'node:net';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_LIMITS, type ParticipantView, type PokerFocus, type RetroFocus } from '../../../src/domain/room/protocol';
import {
  Phone,
  connectionTo,
  ROOM_ADDRESS,
  joinAs,
  openPokerIn,
  openRetroIn,
  phoneFor,
  request,
  roomHarness,
  secretOf,
} from '../../helpers/room-harness';

type Harness = Awaited<ReturnType<typeof roomHarness>>;
let h: Harness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

/**
 * A WebSocket upgrade written by hand, as anyone on the network can: the first answer's text, or, with
 * `reset`, nothing (the connection is reset as soon as the request is written).
 */
const rawUpgrade = (port: number, target: string, options: { host?: string; reset?: boolean } = {}) =>
  new Promise<string>((resolve) => {
    const socket = net.connect({ host: ROOM_ADDRESS, port }, () => {
      const request =
        `GET ${target} HTTP/1.1\r\nHost: ${options.host ?? `${ROOM_ADDRESS}:${port}`}\r\n` +
        'Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';
      socket.write(request, () => {
        if (!options.reset) return;
        socket.resetAndDestroy();
        resolve('');
      });
    });
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });

const openPoker = () => openPokerIn(h);
const openRetro = () => openRetroIn(h);

/** Everything the shared screen received, as text. */
const screenText = () => JSON.stringify(h.events);

describe('the room listener', () => {
  it('listens on the picked address only while a room is open', async () => {
    const { status } = await openPoker();
    expect(status.address).toBe(ROOM_ADDRESS);
    expect(await connectionTo(status.port)).toBe('connected');
    await h.api.closeRoom({});
    expect(await connectionTo(status.port)).toBe('ECONNREFUSED');
    expect(h.screenEvents().at(-1)).toBeNull();
  });

  it('serves the participant page, and not the facilitator api', async () => {
    const { status } = await openPoker();
    const page = await request(status.port, { path: '/j' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Join the room');
    expect((await request(status.port, { path: '/api/getTeam' })).status).toBe(404);
    const api = await request(status.port, { method: 'POST', path: '/api/getTeam', body: { teamId: h.teamId } });
    expect(api.status).toBe(404);
    expect((await request(status.port, { path: '/assets/../../cadence.json' })).status).toBe(404);
  });

  it('refuses a foreign Host or Origin, on pages, joins and sockets', async () => {
    const { status } = await openPoker();
    expect((await request(status.port, { path: '/j', host: `evil.example:${status.port}` })).status).toBe(403);
    const join = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      origin: 'http://evil.example',
      body: { secret: secretOf(status), memberId: h.members.ana.id },
    });
    expect(join.status).toBe(403);
    // The name phones may use in tests is accepted like the address.
    expect((await request(status.port, { path: '/j', host: `room.test:${status.port}` })).status).toBe(200);
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    await expect(Phone.connect(status.port, token, `evil.example:${status.port}`)).rejects.toThrow(/403/);
    const stranger = await Phone.connect(status.port, 'not-a-token');
    expect((await stranger.closed).code).toBe(4001);
    expect(stranger.frames.map((f) => JSON.parse(f).type)).toEqual(['ended']);
  });

  it('joins by link and by typed code, one device per name', async () => {
    const { status } = await openPoker();
    const lobby = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(JSON.parse(lobby.body).value.members.map((m: { name: string }) => m.name)).toEqual(['Ana', 'Bo', 'Cy']);
    await joinAs(status.port, { code: status.code.toLowerCase() }, h.members.ana.id);
    await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id);
    const after = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(JSON.parse(after.body).value.members.map((m: { name: string }) => m.name)).toEqual(['Cy']);
    const twice = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { code: status.code, memberId: h.members.ana.id },
    });
    expect(twice.status).toBe(409);
    expect(h.room.status()?.people.map((p) => p.name)).toEqual(['Ana', 'Bo']);
  });

  it('a join link cut short says so in words a phone user understands', async () => {
    const { status } = await openPoker();
    const cut = secretOf(status).slice(0, 10);
    const lobby = await request(status.port, { method: 'POST', path: '/room/lobby', body: { secret: cut } });
    expect(lobby.status).toBe(400);
    expect(JSON.parse(lobby.body).error.message).toBe(
      'This join link is not complete. Scan the QR code on the shared screen again, or type the room code.',
    );
  });

  it('a link cut anywhere in its secret says so on the name step too, and does not count as a wrong code', async () => {
    const { status } = await openPoker();
    const incomplete =
      'This join link is not complete. Scan the QR code on the shared screen again, or type the room code.';
    const secret = secretOf(status);
    for (const cut of [secret.slice(0, 10), secret.slice(0, 30), secret.slice(0, -1)]) {
      for (const body of [
        { secret: cut },
        { secret: cut, memberId: h.members.ana.id },
        { secret: cut, guestName: 'Zed' },
      ]) {
        const path = Object.keys(body).length === 1 ? '/room/lobby' : '/room/join';
        const answer = await request(status.port, { method: 'POST', path, body });
        expect({ path, status: answer.status, message: JSON.parse(answer.body).error.message }).toEqual({
          path,
          status: 400,
          message: incomplete,
        });
      }
    }
    // Nine cut links from one phone: the room's code stays, and the whole link still lets the phone in.
    expect(h.room.status()?.code).toBe(status.code);
    await joinAs(status.port, { secret }, h.members.ana.id);
  });

  it('a join that names nobody says what is missing', async () => {
    const { status } = await openPoker();
    const answer = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status) },
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.message).toBe(
      'Say who is joining: pick your name, or type it to join as a guest.',
    );
    const cut = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status).slice(0, 20) },
    });
    expect(JSON.parse(cut.body).error.message).toBe(
      'This join link is not complete. Scan the QR code on the shared screen again, or type the room code.',
    );
  });

  // The code once changed here too, for everyone. One phone's 5 guesses a minute in 31^6 codes come nowhere near it,
  // and the limit already holds that phone back; a new code only made the code everyone else was typing wrong. The
  // code changes at the room-wide cap (room-wrong-codes.test.ts).
  it('limits wrong codes per address: past the limit it answers 429, and the room keeps its code', async () => {
    const { status } = await openPoker();
    const wrong = status.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const answers: number[] = [];
    for (let i = 0; i < ROOM_LIMITS.codeAttemptsPerMinutePerAddress + 1; i++) {
      answers.push((await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: wrong } })).status);
    }
    expect(answers.slice(0, ROOM_LIMITS.codeAttemptsPerMinutePerAddress - 1)).toEqual([403, 403, 403, 403]);
    expect(answers.at(-1)).toBe(429);
    expect(h.room.status()?.code).toBe(status.code);
    // Even the right code from this address waits out the minute.
    const again = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(again.status).toBe(429);
  });

  it('a locked room refuses new joins; people in stay', async () => {
    const { status } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    await h.api.lockRoom({ locked: true });
    const refused = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status), memberId: h.members.bo.id },
    });
    expect(refused.status).toBe(423);
    expect(await ana.send({ type: 'ping' })).toMatchObject({ type: 'ack' });
    ana.close();
  });

  it('a join link opened while the room is locked says so, and still lets the phone in once it is unlocked', async () => {
    const { status } = await openPoker();
    await h.api.lockRoom({ locked: true });
    const key = { secret: secretOf(status) };
    const lobby = await request(status.port, { method: 'POST', path: '/room/lobby', body: key });
    expect(lobby.status).toBe(200);
    // Nobody's name is handed out while nobody new may join.
    expect(JSON.parse(lobby.body).value).toMatchObject({ teamName: 'Platform SRE', locked: true, members: [] });
    const refused = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { ...key, memberId: h.members.bo.id },
    });
    expect(refused.status).toBe(423);

    await h.api.lockRoom({ locked: false });
    const again = await request(status.port, { method: 'POST', path: '/room/lobby', body: key });
    expect(JSON.parse(again.body).value).toMatchObject({
      locked: false,
      members: [{ name: 'Ana' }, { name: 'Bo' }, { name: 'Cy' }],
    });
    await joinAs(status.port, key, h.members.bo.id);
    // A wrong key is still a wrong key while the room is locked.
    await h.api.lockRoom({ locked: true });
    const wrong = status.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    expect((await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: wrong } })).status).toBe(
      403,
    );
  });

  it('a code that changed between the names and the tap on one is refused, but not counted as a wrong code', async () => {
    const { status } = await openPoker();
    const old = { code: status.code };
    expect((await request(status.port, { method: 'POST', path: '/room/lobby', body: old })).status).toBe(200);
    // The facilitator makes a new code while a dozen phones on one Wi-Fi (one address) show the names.
    const fresh = await h.api.newRoomCode({});
    const answers: number[] = [];
    for (let i = 0; i < ROOM_LIMITS.codeAttemptsPerMinutePerAddress + 2; i++) {
      const body = { ...old, memberId: h.members.ana.id };
      answers.push((await request(status.port, { method: 'POST', path: '/room/join', body })).status);
    }
    expect(answers).toEqual(answers.map(() => 403));
    // The code on the screen stays the one just made, and works from that Wi-Fi.
    expect(h.room.status()?.code).toBe(fresh.code);
    await joinAs(status.port, { code: fresh.code }, h.members.ana.id);
  });

  it('closes a socket that sends more than 16 KiB, and holds each socket to its message budget', async () => {
    const { status } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    for (let i = 1; i <= 30; i++) ana.raw(JSON.stringify({ type: 'ping', ref: i }));
    await expect.poll(() => ana.frames.length).toBeGreaterThanOrEqual(31);
    const answers = ana.frames.slice(1).map((f) => JSON.parse(f) as { type: string });
    expect(answers.filter((a) => a.type === 'ack').length).toBe(ROOM_LIMITS.messagesPerSecond);
    expect(ana.frames.filter((f) => f.includes('Too many messages'))).toHaveLength(30 - ROOM_LIMITS.messagesPerSecond);
    const bo = await phoneFor(status, h.members.bo.id);
    bo.raw('x'.repeat(ROOM_LIMITS.maxMessageBytes + 1));
    expect((await bo.closed).code).toBe(1009);
  });

  it('answers a message that is not valid with an error, and changes nothing', async () => {
    const { status, roundId } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    const before = JSON.stringify(h.store.snapshot());
    const reply = await ana.send({ type: 'vote', roundId, card: '4' } as never);
    expect(reply).toMatchObject({ type: 'error', message: expect.stringContaining('not a card of this deck') });
    ana.raw(JSON.stringify({ type: 'reveal', ref: 99 }));
    ana.raw('not json');
    await ana.send({ type: 'ping' });
    expect(ana.frames.filter((f) => JSON.parse(f).type === 'error')).toHaveLength(3);
    expect(JSON.stringify(h.store.snapshot())).toBe(before);
  });

  it('answers an upgrade whose target is not a URL with 400, and goes on serving', async () => {
    const { status } = await openPoker();
    const answer = await rawUpgrade(status.port, 'http://[bad/room/socket');
    expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect((await request(status.port, { path: '/j' })).status).toBe(200);
  });

  it('goes on serving when clients reset their connection while their upgrade is refused', async () => {
    const { status } = await openPoker();
    // What would stop the app: an error nothing listens for reaches the process.
    const uncaught: Error[] = [];
    const onUncaught = (error: Error) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      // Wrong path, wrong host: each is refused, and each client resets the connection as soon as it has asked.
      for (let i = 0; i < 40; i++) {
        await rawUpgrade(status.port, i % 2 ? '/nope' : '/room/socket', { host: 'x', reset: true });
      }
      expect((await request(status.port, { path: '/j' })).status).toBe(200);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught.map((e) => e.message)).toEqual([]);
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const ana = await Phone.connect(status.port, token);
    expect(await ana.send({ type: 'ping' })).toMatchObject({ type: 'ack' });
  });

  it('lets go of a phone that stopped answering pings, and keeps the ones that answer', async () => {
    const { status } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.bo.id);
    const bo = await Phone.connect(status.port, token, `${ROOM_ADDRESS}:${status.port}`, false);
    const connected = () =>
      h.room
        .status()
        ?.people.filter((p) => p.connected)
        .map((p) => p.name);
    await expect.poll(connected).toEqual(['Ana', 'Bo']);

    const pinged = Promise.all([ana.nextPing(), bo.nextPing()]);
    h.room.sweepSilentSockets();
    await pinged;
    // Ana's phone answered the ping before it sent this message, so the room has her answer by the ack.
    await ana.send({ type: 'ping' });
    h.room.sweepSilentSockets();
    expect((await bo.closed).code).toBe(1006);
    await expect.poll(connected).toEqual(['Ana']);
    expect(await ana.send({ type: 'ping' })).toMatchObject({ type: 'ack' });
  });

  it('closes itself after 4 hours without activity', async () => {
    const { status } = await openPoker();
    h.advance(ROOM_LIMITS.idleMs - 60_000);
    h.room.closeIfIdle();
    expect(h.room.status()).not.toBeNull();
    h.advance(60_000);
    h.room.closeIfIdle();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.room.status()).toBeNull();
    expect(await connectionTo(status.port)).toBe('ECONNREFUSED');
  });
});

describe('planning poker from phones', () => {
  it('keeps votes secret until reveal: others and the shared screen learn only that someone voted', async () => {
    const { status, roundId } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await ana.send({ type: 'vote', roundId, card: '21' })).toMatchObject({ type: 'ack' });
    const mine = (await ana.view((v) => (v.focus as PokerFocus).myVote === '21')).focus as PokerFocus;
    expect(mine.voted).toBe(1);
    const theirs = (await bo.view((v) => (v.focus as PokerFocus).voted === 1)).focus as PokerFocus;
    expect(theirs.myVote).toBeNull();
    expect(theirs.revealed).toBeNull();
    // The vote is durable before the ack.
    expect(h.raw.snapshot().teams[0]!.estimationRounds[0]!.votes).toEqual([
      { memberId: h.members.ana.id, card: '21', value: 21 },
    ]);
    expect(bo.frames.join('\n')).not.toMatch(/"card":"21"|"myVote":"21"/);
    expect(screenText()).not.toMatch(/"21"/);
    expect(h.room.status()?.progress?.label).toBe('1 of 3 have voted');
    expect(h.room.status()?.people.find((p) => p.name === 'Ana')?.done).toBe(true);
    // The facilitator's own api answers that Ana voted, not what.
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.estimationRounds[0]!.votes).toEqual([{ memberId: h.members.ana.id, card: 'hidden', value: null }]);

    await ana.send({ type: 'vote', roundId, card: '8' });
    await h.api.castVote({ teamId: h.teamId, roundId, memberId: h.members.cy.id, card: '8' });
    await h.api.revealVotes({ teamId: h.teamId, roundId });
    const revealed = (await bo.view((v) => (v.focus as PokerFocus).revealed !== null)).focus as PokerFocus;
    expect(revealed.revealed?.votes).toEqual([
      { name: 'Ana', card: '8' },
      { name: 'Cy', card: '8' },
    ]);
    expect(revealed.revealed?.consensus).toBe(true);
    expect(await bo.send({ type: 'vote', roundId, card: '3' })).toMatchObject({ type: 'error' });

    // A re-vote opens a new round; phones follow it.
    const next = await h.api.revote({ teamId: h.teamId, roundId });
    const newRound = next.rounds.find((r) => r.state === 'voting')!;
    const fresh = (await ana.view((v) => (v.focus as PokerFocus).round.id === newRound.id)).focus as PokerFocus;
    expect(fresh).toMatchObject({ myVote: null, voted: 0, revealed: null, round: { number: 2 } });
    expect(await ana.send({ type: 'vote', roundId, card: '3' })).toMatchObject({
      type: 'error',
      message: expect.stringContaining('not open for votes'),
    });
  });

  it('the shared screen cannot vote for someone who joined from their phone', async () => {
    const { status, roundId } = await openPoker();
    await phoneFor(status, h.members.ana.id);
    const refused = await h.call('castVote', { teamId: h.teamId, roundId, memberId: h.members.ana.id, card: '5' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('Ana is in the room') } });
    expect((await h.call('castVote', { teamId: h.teamId, roundId, memberId: h.members.bo.id, card: '5' })).ok).toBe(
      true,
    );
  });

  it('a phone that drops comes back as the same person with its vote', async () => {
    const { status, roundId } = await openPoker();
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const first = await Phone.connect(status.port, token);
    await first.send({ type: 'vote', roundId, card: '5' });
    first.close();
    await first.closed;
    const again = await Phone.connect(status.port, token);
    const view = await again.view();
    expect(view.you.name).toBe('Ana');
    expect((view.focus as PokerFocus).myVote).toBe('5');
  });

  it('removing a person ends their access at once; their link and token stop working', async () => {
    const { status } = await openPoker();
    const { token } = await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const ana = await Phone.connect(status.port, token);
    await ana.view();
    const after = await h.api.removeFromRoom({ personId: h.members.ana.id });
    expect((await ana.closed).code).toBe(4001);
    expect(ana.frames.map((f) => JSON.parse(f).type)).toContain('ended');
    expect(after.people).toEqual([]);
    const back = await Phone.connect(status.port, token);
    expect((await back.closed).code).toBe(4001);
    expect(back.frames.some((f) => f.includes('"view"'))).toBe(false);
    const oldLink = await request(status.port, {
      method: 'POST',
      path: '/room/join',
      body: { secret: secretOf(status), memberId: h.members.ana.id },
    });
    expect(oldLink.status).toBe(403);
  });

  it('New code stops the old link and code but keeps the people in', async () => {
    const { status } = await openPoker();
    const ana = await phoneFor(status, h.members.ana.id);
    const renewed = await h.api.newRoomCode({});
    expect(renewed.code).not.toBe(status.code);
    const old = await request(status.port, { method: 'POST', path: '/room/lobby', body: { code: status.code } });
    expect(old.status).toBe(403);
    expect(await ana.send({ type: 'ping' })).toMatchObject({ type: 'ack' });
  });
});

describe('the retro from phones', () => {
  const CANARY = 'canary-7f3a-disk-alerts-are-noise';

  it('keeps a card to its writer until reveal, and never tells anyone who wrote it', async () => {
    const { status, retroId } = await openRetro();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: CANARY })).toMatchObject({
      type: 'ack',
    });
    const mine = (await ana.view((v) => (v.focus as RetroFocus).cards.length === 1)).focus as RetroFocus;
    expect(mine.cards[0]).toMatchObject({ text: CANARY, mine: true, columnId: 'alerts' });
    const theirs = (await bo.view((v) => (v.focus as RetroFocus).counts.alerts === 1)).focus as RetroFocus;
    expect(theirs.cards).toEqual([]);
    expect(bo.frames.join('\n')).not.toContain(CANARY);
    expect(screenText()).not.toContain(CANARY);
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(JSON.stringify(team)).not.toContain(CANARY);
    expect(h.room.status()?.progress?.label).toBe('1 of 2 have written');

    // Others cannot touch it; the writer can.
    const cardId = mine.cards[0]!.id;
    expect(await bo.send({ type: 'editCard', retroId, cardId, text: 'mine now' })).toMatchObject({ type: 'error' });
    expect(await bo.send({ type: 'deleteCard', retroId, cardId })).toMatchObject({ type: 'error' });
    expect(await ana.send({ type: 'editCard', retroId, cardId, text: `${CANARY} (edited)` })).toMatchObject({
      type: 'ack',
    });

    await h.api.revealRetroCards({ teamId: h.teamId, retroId, revealed: true });
    const shown = (await bo.view((v) => (v.focus as RetroFocus).revealed)).focus as RetroFocus;
    expect(shown.cards).toEqual([{ id: cardId, columnId: 'alerts', text: `${CANARY} (edited)`, mine: false }]);
    expect(JSON.stringify(await h.api.getTeam({ teamId: h.teamId }))).toContain(CANARY);

    // The author is in no frame to anyone else, and in no file of the data folder.
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'actions' });
    await h.store.flush();
    const others = [...bo.frames, screenText()].join('\n');
    expect(others).not.toContain(`"authorId"`);
    expect(others).not.toMatch(new RegExp(`"mine":true`));
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? files(full) : [full];
      });
    for (const file of files(h.dataDir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(CANARY)) continue;
      const card = JSON.parse(text).retros?.[0]?.cards?.[0] ?? JSON.parse(text).teams?.[0]?.retros?.[0]?.cards?.[0];
      expect(card).toBeDefined();
      expect(card).not.toHaveProperty('authorId');
    }
  });

  it('dot votes: each person sees only their own dots until voting ends, then totals only', async () => {
    const { status, retroId } = await openRetro();
    const ana = await phoneFor(status, h.members.ana.id);
    const bo = await phoneFor(status, h.members.bo.id);
    await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'Pager fatigue' });
    await bo.send({ type: 'addCard', retroId, columnId: 'interrupts', text: 'Too many DB restores' });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'vote' });
    const topics = ((await ana.view((v) => (v.focus as RetroFocus).voting !== null)).focus as RetroFocus).voting!
      .topics;
    const pager = topics.find((t) => t.title === 'Pager fatigue')!;
    for (let i = 0; i < 3; i++) {
      expect(await ana.send({ type: 'dot', retroId, targetId: pager.id, delta: 1 })).toMatchObject({ type: 'ack' });
    }
    // The team's cap is 3 a card.
    expect(await ana.send({ type: 'dot', retroId, targetId: pager.id, delta: 1 })).toMatchObject({ type: 'error' });
    const mine = ((await ana.view((v) => (v.focus as RetroFocus).voting!.left === 2)).focus as RetroFocus).voting!;
    expect(mine.topics.find((t) => t.id === pager.id)?.mine).toBe(3);
    const theirs = ((await bo.view()).focus as RetroFocus).voting!;
    expect(theirs.topics.every((t) => t.mine === 0)).toBe(true);
    expect(theirs.totals).toBeNull();
    expect(bo.frames.join('\n')).not.toMatch(/"mine":3|"votes":3/);
    expect(screenText()).not.toMatch(/"mine":3|"votes":3/);
    // The shared screen's own api knows Ana used 3 dots, not where.
    const onScreen = (await h.api.getTeam({ teamId: h.teamId })).retros[0]!.votes;
    expect(onScreen).toEqual([{ voterId: h.members.ana.id, targetId: 'hidden', count: 3 }]);

    await h.api.closeRetroVoting({ teamId: h.teamId, retroId, closed: true });
    const closed = ((await bo.view((v) => (v.focus as RetroFocus).voting?.closed === true)).focus as RetroFocus)
      .voting!;
    expect(closed.totals?.[0]).toEqual({ id: pager.id, title: 'Pager fatigue', votes: 3 });
    expect((await h.api.getTeam({ teamId: h.teamId })).retros[0]!.votes).toEqual([
      { voterId: h.members.ana.id, targetId: pager.id, count: 3 },
    ]);
    expect(await bo.send({ type: 'dot', retroId, targetId: pager.id, delta: 1 })).toMatchObject({
      type: 'error',
      message: expect.stringContaining('Voting has ended'),
    });
  });

  it('a card cannot be written outside the write phase or into another retro', async () => {
    const { status, retroId } = await openRetro();
    const ana = await phoneFor(status, h.members.ana.id);
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'group' });
    await ana.view((v: ParticipantView) => (v.focus as RetroFocus).phase === 'group');
    expect(await ana.send({ type: 'addCard', retroId, columnId: 'alerts', text: 'late' })).toMatchObject({
      type: 'error',
    });
    expect(await ana.send({ type: 'addCard', retroId: 'other', columnId: 'alerts', text: 'x' })).toMatchObject({
      type: 'error',
    });
  });
});

describe('check-in and standup from phones', () => {
  it('stores only the median health scores and the number of answers; each phone sees its own answer', async () => {
    const { status, retroId } = await openRetro();
    await h.api.updateRetroDetails({ teamId: h.teamId, retroId, checkIn: { mode: 'health', question: '' } });
    await h.api.setRetroPhase({ teamId: h.teamId, retroId, phase: 'checkin' });
    const phones = await Promise.all([h.members.ana, h.members.bo, h.members.cy].map((m) => phoneFor(status, m.id)));
    const answers = [
      { onCallLoad: 1, alertNoise: 2, toil: 5, deployConfidence: null },
      { onCallLoad: 2, alertNoise: 2, toil: 4, deployConfidence: 4 },
      { onCallLoad: 4, alertNoise: 3, toil: 4, deployConfidence: 5 },
    ];
    for (const [i, phone] of phones.entries()) {
      expect(await phone.send({ type: 'health', retroId, scores: answers[i]! })).toMatchObject({ type: 'ack' });
    }
    await h.store.flush();
    const stored = h.raw.snapshot().teams[0]!.healthChecks;
    expect(stored).toEqual([
      expect.objectContaining({
        retroId,
        answers: 3,
        // Deploy confidence: two scores, too few for a median (each would give the other's away).
        scores: { onCallLoad: 2, alertNoise: 2, toil: 4, deployConfidence: null },
      }),
    ]);
    const bo = (await phones[1]!.view((v) => (v.focus as RetroFocus).checkIn?.answers === 3)).focus as RetroFocus;
    expect(bo.checkIn?.mine).toEqual(answers[1]);
    expect(phones[1]!.frames.join('\n')).not.toContain('"toil":5');
    expect(screenText()).not.toContain('"toil":5');
    expect(h.room.status()?.progress?.label).toBe('3 of 3 have answered');
  });

  it('anyone in the room can raise a blocker or park a topic during the standup', async () => {
    const status = await h.api.openRoom({ teamId: h.teamId, focus: { kind: 'standup' } });
    const bo = await phoneFor(status, h.members.bo.id);
    expect(await bo.send({ type: 'blocker', text: 'Waiting on the DBA team for the failover window' })).toMatchObject({
      type: 'ack',
    });
    expect(await bo.send({ type: 'park', text: 'Should we page on disk at 80%?' })).toMatchObject({ type: 'ack' });
    const team = await h.api.getTeam({ teamId: h.teamId });
    expect(team.blockers.map((b) => [b.text, b.ownerId])).toEqual([
      ['Waiting on the DBA team for the failover window', h.members.bo.id],
    ]);
    expect(team.parkingLot.map((t) => [t.text, t.stayIds])).toEqual([
      ['Should we page on disk at 80%?', [h.members.bo.id]],
    ]);
    const view = await bo.view((v) => v.focus.kind === 'standup' && v.focus.raised.length === 2);
    expect(view.focus).toMatchObject({ raised: [{ kind: 'blocker' }, { kind: 'topic' }] });
    expect(h.events.some((e) => e.type === 'team-changed' && e.teamId === h.teamId)).toBe(true);
    expect(await bo.send({ type: 'blocker', text: ' ' })).toMatchObject({ type: 'error' });
  });
});
