import { act } from '@testing-library/react';
import type { EventSource } from '../../../renderer/api/events';
import type { CadenceEvent } from '../../../src/api/contract/events';
import type { RoomAddress, RoomPerson, RoomStatus } from '../../../src/api/contract/room';
import type { RoomPort } from '../../../src/api/room-port';

export type FakeRoom = RoomPort & {
  /** Every call the api made, in order, as "method arg". */
  calls: string[];
  current: RoomStatus | null;
  /** Puts people in the open room, as if they had joined from their phones. */
  join: (people: RoomPerson[]) => RoomStatus;
};

const QR_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h7v7H0z"/></svg>';

/** A RoomPort that keeps one RoomStatus in memory, for the shared screen's tests; no sockets. */
export function fakeRoom(options: { addresses?: RoomAddress[]; fixed?: string | null } = {}): FakeRoom {
  const addresses = options.addresses ?? [{ address: '192.168.1.20', label: 'wlan0' }];
  let secret = 1;
  const calls: string[] = [];
  const need = (): RoomStatus => {
    if (!fake.current) throw new Error('No room is open.');
    return fake.current;
  };
  const update = (patch: Partial<RoomStatus>): RoomStatus => (fake.current = { ...need(), ...patch });
  const fake: FakeRoom = {
    calls,
    current: null,
    addresses: () => ({ addresses, fixed: options.fixed ?? null }),
    open: async (input) => {
      calls.push(`open ${JSON.stringify({ address: input.address, focus: input.focus })}`);
      const address = input.address ?? options.fixed ?? addresses[0]!.address;
      fake.current = {
        teamId: input.teamId,
        focus: input.focus,
        joinUrl: `http://${address}:48213/j#s=secret-${secret}`,
        code: 'KM7Q2X',
        qrSvg: QR_SVG,
        address,
        port: 48213,
        secure: false,
        locked: false,
        guestsAllowed: false,
        people: [],
        progress: null,
      };
      return fake.current;
    },
    status: () => fake.current,
    focus: (focus) => {
      calls.push(`focus ${JSON.stringify(focus)}`);
      return update({ focus });
    },
    lock: (locked) => {
      calls.push(`lock ${locked}`);
      return update({ locked });
    },
    allowGuests: (allowed) => {
      calls.push(`allowGuests ${allowed}`);
      return update({ guestsAllowed: allowed });
    },
    newCode: async () => {
      calls.push('newCode');
      secret += 1;
      return update({ code: 'PR3W9T', joinUrl: need().joinUrl.replace(/secret-\d+/, `secret-${secret}`) });
    },
    remove: async (personId) => {
      calls.push(`remove ${personId}`);
      return update({ people: need().people.filter((p) => p.personId !== personId) });
    },
    close: async () => {
      calls.push('close');
      fake.current = null;
    },
    hasJoined: (teamId, memberId) =>
      fake.current?.teamId === teamId && fake.current.people.some((p) => !p.guest && p.personId === memberId),
    join: (people) => update({ people: [...need().people, ...people] }),
  };
  return fake;
}

/** An event source the test drives by hand, as the host would over its event stream. */
export function manualEvents(): { source: EventSource; emit: (event: CadenceEvent) => void } {
  const listeners = new Set<(event: CadenceEvent) => void>();
  return {
    source: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event) =>
      act(() => {
        for (const listener of listeners) listener(event);
      }),
  };
}

export function person(personId: string, name: string, extra: Partial<RoomPerson> = {}): RoomPerson {
  return {
    personId,
    name,
    guest: false,
    connected: true,
    done: false,
    takesBack: { votes: 0, dots: 0, answers: 0 },
    ...extra,
  };
}
