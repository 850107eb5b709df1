import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_LIMITS } from '../../../src/domain/room/protocol';
import { ROOM_ADDRESS, roomHarness, secretOf, openPokerIn, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

/** A POST from a phone at `from` (its own address on the meeting room's network; 127.0.0.x here). */
function postFrom(
  from: string,
  port: number,
  path: '/room/lobby' | '/room/join',
  body: object,
): Promise<{ status: number; message: string | null }> {
  return new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const req = http.request({
      agent: false,
      host: ROOM_ADDRESS,
      localAddress: from,
      port,
      method: 'POST',
      path,
      headers: { host: `${ROOM_ADDRESS}:${port}`, 'content-type': 'application/json' },
    });
    req.on('response', (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (answer += c));
      res.on('end', () => {
        const parsed = JSON.parse(answer) as { error?: { message: string } };
        resolve({ status: res.statusCode ?? 0, message: parsed.error?.message ?? null });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

const wrongCode = (code: string) => (code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA');

/** `count` wrong codes from the address, one after the other. */
async function guess(from: string, port: number, code: string, count: number) {
  const answers: number[] = [];
  for (let i = 0; i < count; i++) answers.push((await postFrom(from, port, '/room/lobby', { code })).status);
  return answers;
}

describe('wrong codes are limited per phone, not for the whole room', () => {
  it('one phone guessing is held back; another phone that scanned the QR code, or typed the code, still gets in', async () => {
    const { status } = await openPokerIn(h);
    const answers = await guess('127.0.0.11', status.port, wrongCode(status.code), 10);
    expect(answers.at(-1)).toBe(429);
    const held = await postFrom('127.0.0.11', status.port, '/room/lobby', { code: wrongCode(status.code) });
    expect(held.message).toMatch(/from this phone/);

    const byLink = await postFrom('127.0.0.12', status.port, '/room/join', {
      secret: secretOf((await h.api.getRoom({}))!),
      memberId: h.members.ana.id,
    });
    expect(byLink.status).toBe(200);
    const byCode = await postFrom('127.0.0.13', status.port, '/room/join', {
      code: (await h.api.getRoom({}))!.code,
      memberId: h.members.bo.id,
    });
    expect(byCode.status).toBe(200);
  });

  // The per-phone limit holds the guesser back: a new code would only make everyone else's typed code wrong.
  it('one phone past its own limit leaves the room’s code as it is, and a phone typing it still gets in', async () => {
    const { status } = await openPokerIn(h);
    const answers = await guess('127.0.0.11', status.port, wrongCode(status.code), 10);
    expect(answers.at(-1)).toBe(429);
    const held = await postFrom('127.0.0.11', status.port, '/room/lobby', { code: wrongCode(status.code) });
    expect(held.message).not.toMatch(/new code/);
    expect((await h.api.getRoom({}))!.code).toBe(status.code);
    const typed = await postFrom('127.0.0.13', status.port, '/room/join', {
      code: status.code,
      memberId: h.members.bo.id,
    });
    expect(typed.status).toBe(200);
  });

  it('many phones guessing past the room’s cap never hold back a phone that scanned the QR code', async () => {
    const { status } = await openPokerIn(h);
    const guessers = Math.ceil(ROOM_LIMITS.codeAttemptsPerMinute / ROOM_LIMITS.codeAttemptsPerMinutePerAddress) + 1;
    for (let i = 0; i < guessers; i++) {
      await guess(
        `127.0.0.${20 + i}`,
        status.port,
        wrongCode(status.code),
        ROOM_LIMITS.codeAttemptsPerMinutePerAddress,
      );
    }
    const room = (await h.api.getRoom({}))!;
    // Past the room's cap the code changes: so many guesses from so many addresses may be closing in on it.
    expect(room.code).not.toBe(status.code);
    // Typed codes wait out the minute (the code changed), and the phone says what still works.
    const typed = await postFrom('127.0.0.90', status.port, '/room/join', {
      code: room.code,
      memberId: h.members.cy.id,
    });
    expect(typed.status).toBe(429);
    expect(typed.message).toMatch(/scan the QR code/i);
    const lobby = await postFrom('127.0.0.91', status.port, '/room/lobby', { secret: secretOf(room) });
    expect(lobby.status).toBe(200);
    const joined = await postFrom('127.0.0.91', status.port, '/room/join', {
      secret: secretOf(room),
      memberId: h.members.cy.id,
    });
    expect(joined.status).toBe(200);
  });

  it('the room’s cap is well above what one phone may try', () => {
    expect(ROOM_LIMITS.codeAttemptsPerMinute).toBeGreaterThanOrEqual(ROOM_LIMITS.codeAttemptsPerMinutePerAddress * 20);
  });
});
