import { keepUnchanged } from '../keep-unchanged';
import type { CadenceEvent } from '../../../src/api/contract/events';
import type { RoomAddress, RoomFocus, RoomStatus } from '../../../src/api/contract/room';
import { getApi } from '../../api/client';
import { overOptimistic } from '../optimistic';
import type { Slice } from '../types';

export interface RoomAddresses {
  addresses: RoomAddress[];
  /** The address fixed by --room-address (or CADENCE_ROOM_ADDRESS): nothing to pick. */
  fixed: string | null;
}

export interface RoomSlice {
  /** The open room as the shared screen sees it (counts and ticks, never choices), or null. */
  room: RoomStatus | null;
  roomAddresses: RoomAddresses | null;
  /** Asks the host for the room; one may already be open after a reload. */
  loadRoom: () => Promise<void>;
  loadRoomAddresses: () => Promise<RoomAddresses>;
  /** Opens the room for the open team, showing participants `focus`. */
  openRoom: (focus: RoomFocus, address?: string) => Promise<RoomStatus>;
  closeRoom: () => Promise<void>;
  lockRoom: (locked: boolean) => Promise<void>;
  allowRoomGuests: (allowed: boolean) => Promise<void>;
  newRoomCode: () => Promise<void>;
  removeFromRoom: (personId: string) => Promise<void>;
  focusRoom: (focus: RoomFocus) => Promise<void>;
  /** Folds one host event into the store (App subscribes once, for as long as it runs). */
  applyEvent: (event: CadenceEvent) => void;
  /** Fetches the open team `teamId` again: someone else (the room, a sync, another window) changed it. */
  refetchTeam: (teamId: string) => Promise<void>;
}

/**
 * Runs `run(key)` with at most one call in flight and one queued: a burst of requests while one runs
 * becomes a single follow-up with the latest key, so twenty votes cause two fetches, not twenty.
 */
export function coalesced(run: (key: string) => Promise<void>): (key: string) => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: string | null = null;
  const start = (key: string): Promise<void> => {
    // `run` reports its own failures; a rejection must not stop the queue.
    running = run(key)
      .catch(() => undefined)
      .then(() => {
        running = null;
        if (queued === null) return;
        const next = queued;
        queued = null;
        return start(next);
      });
    return running;
  };
  return (key) => {
    if (running) {
      queued = key;
      return running;
    }
    return start(key);
  };
}

/** Counts room events, so an answer older than an event does not overwrite it (`unlessOvertaken`). */
let roomEvents = 0;

export const createRoomSlice: Slice<RoomSlice> = (set, get) => {
  const refetchTeam = coalesced(async (teamId) => {
    if (get().team?.id !== teamId) return;
    try {
      // patchTeam drops it if the facilitator switched teams while the answer was on its way. What the
      // room did not change keeps its objects: one vote from a phone re-renders that vote, not every screen.
      // A change still saving here (a card moved) stays on screen over an answer that predates its save.
      await overOptimistic(
        () => getApi().getTeam({ teamId }),
        (fresh) => {
          if (get().team?.id !== teamId) return false;
          get().patchTeam(teamId, (shown) => keepUnchanged(shown, fresh));
          return true;
        },
      );
    } catch (error) {
      get().reportError(error);
    }
  });

  /**
   * Shows the room an api call answers, unless a room event came while the answer was on its way: the event is as new
   * as the answer or newer (the host publishes the status each of these calls makes, too), and the answer would put
   * back what it replaced (a phone that joined meanwhile would drop off the people list).
   */
  const unlessOvertaken = async (call: Promise<RoomStatus | null>): Promise<void> => {
    const seen = roomEvents;
    const room = await call;
    if (seen === roomEvents) set({ room });
  };

  return {
    room: null,
    roomAddresses: null,
    loadRoom: () => unlessOvertaken(getApi().getRoom({})),
    loadRoomAddresses: async () => {
      const roomAddresses = await getApi().listRoomAddresses({});
      set({ roomAddresses });
      return roomAddresses;
    },
    openRoom: async (focus, address) => {
      const team = get().team;
      if (!team) throw new Error('Pick or create a team first.');
      const room = await getApi().openRoom({
        teamId: team.id,
        focus,
        ...(address ? { address } : {}),
      });
      set({ room });
      return room;
    },
    closeRoom: async () => {
      await getApi().closeRoom({});
      set({ room: null });
    },
    lockRoom: (locked) => unlessOvertaken(getApi().lockRoom({ locked })),
    allowRoomGuests: (allowed) => unlessOvertaken(getApi().allowRoomGuests({ allowed })),
    newRoomCode: async () => {
      set({ room: await getApi().newRoomCode({}) });
    },
    removeFromRoom: (personId) => unlessOvertaken(getApi().removeFromRoom({ personId })),
    focusRoom: (focus) => unlessOvertaken(getApi().focusRoom({ focus })),
    refetchTeam,
    applyEvent: (event) => {
      if (event.type === 'room') {
        roomEvents += 1;
        set({ room: event.room });
      } else if (event.type === 'team-changed' && get().team?.id === event.teamId) {
        void refetchTeam(event.teamId);
      } else if (event.type === 'teams-changed') {
        get().refreshTeams().catch(get().reportError);
      }
    },
  };
};
