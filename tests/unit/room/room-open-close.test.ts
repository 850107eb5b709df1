import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MutationScope } from '../../../src/services/store';
import {
  connectionTo,
  joinAs,
  openPokerIn,
  phoneFor,
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

/** Servers listening in this process: the room's listeners, and whatever else the test file started. */
const listeningServers = () => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

/** Turns of the event loop, enough for the QR code a New code or a Remove starts to be made and used. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Unhandled rejections while `run` runs and the loop settles after it. */
async function unhandledDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const record = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', record);
  try {
    await run();
    await settle();
  } finally {
    process.off('unhandledRejection', record);
  }
  return seen;
}

describe('opening and closing the room', () => {
  it('two opens at once share one listener, and Close room closes it', async () => {
    const focus = { kind: 'standup' } as const;
    const before = listeningServers();
    const [first, second] = await Promise.all([
      h.room.open({ teamId: h.teamId, focus }),
      h.room.open({ teamId: h.teamId, focus }),
    ]);
    expect(second.port).toBe(first.port);
    expect(second.joinUrl).toBe(first.joinUrl);
    expect(listeningServers()).toBe(before + 1);
    await h.api.closeRoom({});
    await settle();
    expect(listeningServers()).toBe(before);
    expect(await connectionTo(first.port)).toBe('ECONNREFUSED');
    expect(await connectionTo(second.port)).toBe('ECONNREFUSED');
  });

  it('a second open for another team waits for the first, then is refused', async () => {
    const other = await h.api.createTeam({ name: 'Databases' });
    const [mine, theirs] = await Promise.allSettled([
      h.room.open({ teamId: h.teamId, focus: { kind: 'standup' } }),
      h.room.open({ teamId: other.id, focus: { kind: 'standup' } }),
    ]);
    expect(mine.status).toBe('fulfilled');
    expect(theirs).toMatchObject({ status: 'rejected', reason: { message: expect.stringContaining('another team') } });
    expect(h.room.status()?.teamId).toBe(h.teamId);
  });

  it('Close room right after opening closes the room that was opening', async () => {
    const [status] = await Promise.all([h.room.open({ teamId: h.teamId, focus: { kind: 'standup' } }), h.room.close()]);
    expect(h.room.status()).toBeNull();
    expect(await connectionTo(status.port)).toBe('ECONNREFUSED');
  });

  it('New code then Close room at once: no unhandled rejection once the new link is made', async () => {
    await openPokerIn(h);
    const unhandled = await unhandledDuring(() => Promise.all([h.call('newRoomCode', {}), h.call('closeRoom', {})]));
    expect(unhandled).toEqual([]);
    expect(h.room.status()).toBeNull();
  });

  it('Remove then Close room at once: no unhandled rejection once the new link is made', async () => {
    const { status } = await openPokerIn(h);
    await joinAs(status.port, { secret: secretOf(status) }, h.members.ana.id);
    const unhandled = await unhandledDuring(() =>
      Promise.all([h.call('removeFromRoom', { personId: h.members.ana.id }), h.call('closeRoom', {})]),
    );
    expect(unhandled).toEqual([]);
    expect(h.room.status()).toBeNull();
  });

  it('Close room while a phone’s vote is being saved: the vote is kept and the shared screen is told of it', async () => {
    const { status, roundId } = await openPokerIn(h);
    const ana = await phoneFor(status, h.members.ana.id);
    // The vote's write waits until the room has closed.
    const mutate = h.raw.mutate.bind(h.raw);
    let writing: (write: { saved: Promise<unknown> }) => void = () => undefined;
    const started = new Promise<{ saved: Promise<unknown> }>((resolve) => (writing = resolve));
    let letGo: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (letGo = resolve));
    h.raw.mutate = ((scope: MutationScope, recipe: never) => {
      const saved = closed.then(() => mutate(scope, recipe));
      writing({ saved });
      return saved;
    }) as typeof h.raw.mutate;
    ana.send({ type: 'vote', roundId, card: '5' }).catch(() => undefined);
    const { saved } = await started;
    await h.room.close();
    h.events.length = 0;
    const unhandled = await unhandledDuring(async () => {
      letGo();
      await saved;
    });
    expect(unhandled).toEqual([]);
    const round = h.raw.snapshot().teams[0]!.estimationRounds.find((r) => r.id === roundId);
    expect(round?.votes).toMatchObject([{ memberId: h.members.ana.id, card: '5' }]);
    expect(h.events).toEqual([{ type: 'team-changed', teamId: h.teamId }]);
  });
});
