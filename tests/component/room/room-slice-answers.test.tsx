import { afterEach, describe, expect, it } from 'vitest';
import type { CadenceApi } from '../../../src/api/contract';
import type { RoomStatus } from '../../../src/api/contract/room';
import { setApi } from '../../../renderer/api/client';
import { useAppStore } from '../../../renderer/store';
import { resetStore } from '../store/store-over-api';

afterEach(resetStore);

const status = (patch: Partial<RoomStatus> = {}): RoomStatus => ({
  teamId: 'team-ops',
  focus: { kind: 'none' },
  joinUrl: 'http://192.168.1.20:48213/j#s=secret-1',
  code: 'KM7Q2X',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
  address: '192.168.1.20',
  port: 48213,
  secure: false,
  locked: false,
  guestsAllowed: false,
  people: [],
  progress: null,
  ...patch,
});

const ana = {
  personId: 'm-ana',
  name: 'Ana',
  guest: false,
  connected: true,
  done: false,
  takesBack: { votes: 0, dots: 0, answers: 0 },
};

/** Each screen control's call, and the answer the host makes for it (made before the event that overtakes it). */
const calls = [
  ['Lock room', 'lockRoom', () => useAppStore.getState().lockRoom(true), { locked: true }],
  ['Allow guests', 'allowRoomGuests', () => useAppStore.getState().allowRoomGuests(true), { guestsAllowed: true }],
  [
    'Show on phones',
    'focusRoom',
    () => useAppStore.getState().focusRoom({ kind: 'standup' }),
    { focus: { kind: 'standup' } },
  ],
  ['Remove', 'removeFromRoom', () => useAppStore.getState().removeFromRoom('m-bo'), { code: 'PQ4R7T' }],
] as const;

describe('the room slice folds a control’s answer in only when nothing newer came meanwhile', () => {
  it.each(calls)(
    '%s: a phone joining while the answer was on its way stays in the list',
    async (_, method, call, made) => {
      useAppStore.getState().applyEvent({ type: 'room', room: status() });
      let answer: (room: RoomStatus) => void = () => undefined;
      setApi({ [method]: () => new Promise<RoomStatus>((resolve) => (answer = resolve)) } as unknown as CadenceApi);
      const calling = call();
      // Ana joins after the host made the answer: her event, with what the call changed, arrives first.
      const newer = status({ ...made, people: [ana] });
      useAppStore.getState().applyEvent({ type: 'room', room: newer });
      answer(status(made));
      await calling;
      expect(useAppStore.getState().room).toEqual(newer);
    },
  );

  it.each(calls)('%s: the answer is shown when no event came meanwhile', async (_, method, call, made) => {
    useAppStore.getState().applyEvent({ type: 'room', room: status() });
    setApi({ [method]: () => Promise.resolve(status(made)) } as unknown as CadenceApi);
    await call();
    expect(useAppStore.getState().room).toEqual(status(made));
  });
});
