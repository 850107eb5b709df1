import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRetroIn, roomHarness, type RoomHarness } from '../../helpers/room-harness';

let h: RoomHarness;

beforeEach(async () => {
  h = await roomHarness();
});
afterEach(async () => {
  await h.close();
});

describe('the room focused on a retro the team does not have', () => {
  it('says what happened and what to do, without "reload" (a phone or the command line has nothing to reload)', async () => {
    const { retroId } = await openRetroIn(h);

    const answer = await h.call('focusRoom', { focus: { kind: 'retro', retroId: 'deleted-retro' } });

    const message = answer.ok ? '' : answer.error.message;
    expect(message).toMatch(/may have been deleted/);
    expect(message).not.toMatch(/reload/i);
    expect(message).toMatch(/Nothing was changed/);
    expect(message).toMatch(/pick one of the team’s retros/i);
    expect(h.room.status()?.focus).toEqual({ kind: 'retro', retroId });
  });
});
