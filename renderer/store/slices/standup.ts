import type { BacklogItem, ItemStatus } from '../../../src/domain/backlog/schema';
import type { InterruptFields } from '../../../src/domain/board/interrupt';
import type { Blocker, ParkingTopic, StandupSession } from '../../../src/domain/standup/schema';
import type { TimerAction } from '../../../src/domain/standup/timer';
import type { TeamDoc } from '../../../src/domain/workspace';
import { getApi } from '../../api/client';
import { optimistic } from '../optimistic';
import type { Slice } from '../types';

/** State and actions of the board and the standup; all data lives on the open team doc. */
export interface StandupSlice {
  moveCard: (itemId: string, status: ItemStatus) => Promise<void>;
  setCardBlocked: (itemId: string, blocked: boolean) => Promise<void>;
  logInterrupt: (interrupt: InterruptFields) => Promise<BacklogItem>;
  startStandup: (absentIds: string[]) => Promise<StandupSession>;
  controlStandup: (standupId: string, action: TimerAction) => Promise<StandupSession>;
  addStandupNote: (standupId: string, text: string) => Promise<void>;
  raiseBlocker: (text: string, ownerId: string | null, standupId: string | null) => Promise<Blocker>;
  resolveBlocker: (blockerId: string) => Promise<void>;
  addParkingTopic: (text: string, stayIds: string[], standupId: string | null) => Promise<ParkingTopic>;
  closeParkingTopic: (topicId: string) => Promise<void>;
}

function teamIdOf(state: { team: { id: string } | null }): string {
  if (!state.team) throw new Error('Pick or create a team first.');
  return state.team.id;
}

const replaceIn = <T extends { id: string }>(list: T[], saved: T): T[] =>
  list.some((x) => x.id === saved.id) ? list.map((x) => (x.id === saved.id ? saved : x)) : [...list, saved];

const withItem = (saved: BacklogItem) => (t: TeamDoc) => ({ ...t, items: replaceIn(t.items, saved) });
const withStandup = (saved: StandupSession) => (t: TeamDoc) => ({ ...t, standups: replaceIn(t.standups, saved) });

export const createStandupSlice: Slice<StandupSlice> = (_set, get) => ({
  moveCard: async (itemId, status) => {
    const teamId = teamIdOf(get());
    const before = get().team?.items.find((i) => i.id === itemId)?.status;
    const withStatus = (to: ItemStatus) => (t: TeamDoc) => ({
      ...t,
      items: t.items.map((i) => (i.id === itemId ? { ...i, status: to } : i)),
    });
    await optimistic({
      show: () => get().patchTeam(withStatus(status)),
      save: async () => get().patchTeam(withItem(await getApi().moveBoardCard({ teamId, itemId, status }))),
      // Only this card goes back: other cards moved or blocked meanwhile stay as saved.
      undo: () => {
        if (before) get().patchTeam(withStatus(before));
      },
    });
  },
  setCardBlocked: async (itemId, blocked) => {
    const saved = await getApi().setCardBlocked({ teamId: teamIdOf(get()), itemId, blocked });
    get().patchTeam(withItem(saved));
  },
  logInterrupt: async (interrupt) => {
    const { item, sprint } = await getApi().logInterrupt({ teamId: teamIdOf(get()), interrupt });
    get().patchTeam((t) => ({ ...withItem(item)(t), sprints: replaceIn(t.sprints, sprint) }));
    return item;
  },
  startStandup: async (absentIds) => {
    const saved = await getApi().startStandup({ teamId: teamIdOf(get()), absentIds });
    get().patchTeam(withStandup(saved));
    return saved;
  },
  controlStandup: async (standupId, action) => {
    const saved = await getApi().controlStandup({ teamId: teamIdOf(get()), standupId, action });
    get().patchTeam(withStandup(saved));
    return saved;
  },
  addStandupNote: async (standupId, text) => {
    const saved = await getApi().addStandupNote({ teamId: teamIdOf(get()), standupId, text });
    get().patchTeam(withStandup(saved));
  },
  raiseBlocker: async (text, ownerId, standupId) => {
    const saved = await getApi().raiseBlocker({ teamId: teamIdOf(get()), text, ownerId, standupId });
    get().patchTeam((t) => ({ ...t, blockers: replaceIn(t.blockers, saved) }));
    return saved;
  },
  resolveBlocker: async (blockerId) => {
    const saved = await getApi().resolveBlocker({ teamId: teamIdOf(get()), blockerId });
    get().patchTeam((t) => ({ ...t, blockers: replaceIn(t.blockers, saved) }));
  },
  addParkingTopic: async (text, stayIds, standupId) => {
    const saved = await getApi().addParkingTopic({ teamId: teamIdOf(get()), text, stayIds, standupId });
    get().patchTeam((t) => ({ ...t, parkingLot: replaceIn(t.parkingLot, saved) }));
    return saved;
  },
  closeParkingTopic: async (topicId) => {
    const saved = await getApi().closeParkingTopic({ teamId: teamIdOf(get()), topicId });
    get().patchTeam((t) => ({ ...t, parkingLot: replaceIn(t.parkingLot, saved) }));
  },
});
