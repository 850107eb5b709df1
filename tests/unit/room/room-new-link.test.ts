import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RoomStatus } from '../../../src/api/contract/room';
import { joinAs, openPokerIn, request, roomHarness, secretOf, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

/** Turns of the event loop, enough for any QR code started to be made and published. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** What a phone that scans the link shown gets: the lobby's HTTP status. */
async function lobbyStatus(port: number, shown: RoomStatus): Promise<number> {
  return (await request(port, { method: 'POST', path: '/room/lobby', body: { secret: secretOf(shown) } })).status;
}

/**
 * The shared screen shows the api's answer, which comes after the room's events: if the answer still held the link
 * just replaced, the screen would show a QR code and join link that every phone is refused with.
 */
describe('the link the shared screen shows after the keys change', () => {
  it('New code answers the new link, and it lets a phone in', async () => {
    const { status } = await openPokerIn(h);
    const renewed = await h.api.newRoomCode({});
    await settle();
    expect(secretOf(renewed)).not.toBe(secretOf(status));
    expect(await lobbyStatus(status.port, renewed)).toBe(200);
    // What the screen heard last is the same link as the answer, so neither order leaves it stale.
    expect(h.screenEvents().at(-1)?.joinUrl).toBe(renewed.joinUrl);
    expect(h.screenEvents().at(-1)?.qrSvg).toBe(renewed.qrSvg);
  });

  it('Remove answers the new link, and it lets a phone in', async () => {
    const { status } = await openPokerIn(h);
    await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const after = await h.api.removeFromRoom({ personId: h.members.ana.id });
    await settle();
    expect(secretOf(after)).not.toBe(secretOf(status));
    expect(await lobbyStatus(status.port, after)).toBe(200);
    expect(h.screenEvents().at(-1)?.joinUrl).toBe(after.joinUrl);
  });
});
