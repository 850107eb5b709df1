import type { BacklogItem, ItemStatus } from '../../../src/domain/backlog/schema';
import { statusFields, type StatusFields } from '../../../src/domain/board/cards';
import type { InterruptFields } from '../../../src/domain/board/interrupt';
import type { Blocker, ParkingTopic, StandupSession } from '../../../src/domain/standup/schema';
import type { TimerAction } from '../../../src/domain/standup/timer';
import type { TeamDoc } from '../../../src/domain/workspace';
import { getApi } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { optimistic } from '../optimistic';
import { openTeamId, updateById, upsertById } from '../team-results';
import type { Slice } from '../types';
import { quote } from '../../../src/domain/shared/words';

/** State and actions of the board and the standup; all data lives on the open team doc. */
export interface StandupSlice {
  moveCard: (itemId: string, status: ItemStatus) => Promise<void>;
  setCardBlocked: (itemId: string, blocked: boolean) => Promise<void>;
  logInterrupt: (interrupt: InterruptFields) => Promise<BacklogItem>;
  startStandup: (absentIds: string[]) => Promise<StandupSession>;
  controlStandup: (standupId: string, action: TimerAction) => Promise<StandupSession>;
  /**
   * For `memberId` (the speaker the form named); for the team when null (noted while nobody had the floor); without
   * it, for whoever has the floor when it is saved.
   */
  addStandupNote: (standupId: string, text: string, memberId?: string | null) => Promise<void>;
  editStandupNote: (standupId: string, noteId: string, text: string) => Promise<void>;
  deleteStandupNote: (standupId: string, noteId: string) => Promise<void>;
  raiseBlocker: (text: string, ownerId: string | null, standupId: string | null) => Promise<Blocker>;
  /** Resolves and offers Undo in a toast. */
  resolveBlocker: (blockerId: string) => Promise<void>;
  reopenBlocker: (blockerId: string) => Promise<void>;
  setBlockerOwner: (blockerId: string, ownerId: string | null) => Promise<void>;
  editBlocker: (blockerId: string, text: string) => Promise<void>;
  addParkingTopic: (text: string, stayIds: string[], standupId: string | null) => Promise<ParkingTopic>;
  /** Marks as discussed and offers Undo in a toast. */
  closeParkingTopic: (topicId: string) => Promise<void>;
  reopenParkingTopic: (topicId: string) => Promise<void>;
  editParkingTopic: (topicId: string, text: string) => Promise<void>;
}

const replaceIn = upsertById;

const withItem = (saved: BacklogItem) => (t: TeamDoc) => ({ ...t, items: replaceIn(t.items, saved) });
const withStandup = (saved: StandupSession) => (t: TeamDoc) => ({ ...t, standups: replaceIn(t.standups, saved) });
const withBlocker = (saved: Blocker) => (t: TeamDoc) => ({ ...t, blockers: replaceIn(t.blockers, saved) });
const withTopic = (saved: ParkingTopic) => (t: TeamDoc) => ({ ...t, parkingLot: replaceIn(t.parkingLot, saved) });
// What a toast's Undo takes back: a Reopen from the lists takes the toast away (its Undo would be refused).
const resolvedKey = (blockerId: string) => `blocker-resolved:${blockerId}`;
const discussedKey = (topicId: string) => `topic-discussed:${topicId}`;

/**
 * A standup refused as ended, or as already running, was changed on another screen (a second window, a sync) whose
 * word has not reached this one: the screen catches up before the refusal is told, so it shows the summary or the
 * running standup rather than controls that can only be refused again. A note's dialog, kept by the Standup tab when
 * its standup ends, then says so and offers to copy the words typed. A card refused as gone, or as out of the active
 * sprint, leaves the board the same way, rather than stay there for every press to be refused.
 */
async function catchingUp<T>(
  get: () => { refetchTeam: (teamId: string) => Promise<void> },
  teamId: string,
  call: Promise<T>,
): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof ApiCallError && (error.code === 'conflict' || error.code === 'not_found')) {
      await get().refetchTeam(teamId);
    }
    throw error;
  }
}

export const createStandupSlice: Slice<StandupSlice> = (_set, get) => ({
  moveCard: async (itemId, status) => {
    const teamId = openTeamId(get());
    const card = get().team?.items.find((i) => i.id === itemId);
    const before: StatusFields | null = card
      ? {
          status: card.status,
          statusChangedAt: card.statusChangedAt,
          completedAt: card.completedAt,
          blocked: card.blocked,
        }
      : null;
    const withFields = (fields: StatusFields) => (t: TeamDoc) => ({
      ...t,
      items: updateById(t.items, itemId, (i) => ({ ...i, ...fields })),
    });
    // The same fields the server will set (its answer replaces them), so the burndown moves at once too, and a
    // blocked card reaching Done shows unblocked. Worked out once: a refetch shows them again, at the same time.
    const moved = statusFields(status, new Date().toISOString());
    await optimistic({
      key: `item:${itemId}`,
      show: () => get().patchTeam(teamId, withFields(moved)),
      save: () => catchingUp(get, teamId, getApi().moveBoardCard({ teamId, itemId, status })),
      apply: (saved) => get().patchTeam(teamId, withItem(saved)),
      // Only this card goes back: other cards moved or blocked meanwhile stay as saved.
      undo: () => {
        if (before) get().patchTeam(teamId, withFields(before));
      },
    });
  },
  setCardBlocked: async (itemId, blocked) => {
    const teamId = openTeamId(get());
    const saved = await catchingUp(get, teamId, getApi().setCardBlocked({ teamId, itemId, blocked }));
    get().patchTeam(teamId, withItem(saved));
  },
  logInterrupt: async (interrupt) => {
    const teamId = openTeamId(get());
    const { item, sprint } = await getApi().logInterrupt({ teamId, interrupt });
    get().patchTeam(teamId, (t) => ({ ...withItem(item)(t), sprints: replaceIn(t.sprints, sprint) }));
    return item;
  },
  startStandup: async (absentIds) => {
    const teamId = openTeamId(get());
    const saved = await catchingUp(get, teamId, getApi().startStandup({ teamId, absentIds }));
    get().patchTeam(teamId, withStandup(saved));
    return saved;
  },
  controlStandup: async (standupId, action) => {
    const teamId = openTeamId(get());
    const saved = await catchingUp(get, teamId, getApi().controlStandup({ teamId, standupId, action }));
    get().patchTeam(teamId, withStandup(saved));
    return saved;
  },
  addStandupNote: async (standupId, text, memberId) => {
    const teamId = openTeamId(get());
    const saved = await catchingUp(get, teamId, getApi().addStandupNote({ teamId, standupId, text, memberId }));
    get().patchTeam(teamId, withStandup(saved));
  },
  editStandupNote: async (standupId, noteId, text) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withStandup(await getApi().editStandupNote({ teamId, standupId, noteId, text })));
  },
  deleteStandupNote: async (standupId, noteId) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withStandup(await getApi().deleteStandupNote({ teamId, standupId, noteId })));
  },
  raiseBlocker: async (text, ownerId, standupId) => {
    const teamId = openTeamId(get());
    const saved = await getApi().raiseBlocker({ teamId, text, ownerId, standupId });
    get().patchTeam(teamId, (t) => ({ ...t, blockers: replaceIn(t.blockers, saved) }));
    return saved;
  },
  resolveBlocker: async (blockerId) => {
    const teamId = openTeamId(get());
    const saved = await getApi().resolveBlocker({ teamId, blockerId });
    get().patchTeam(teamId, withBlocker(saved));
    get().pushToast({
      kind: 'info',
      message: `Resolved ${quote(saved.text)}.`,
      teamId,
      undoes: resolvedKey(blockerId),
      undo: {
        label: 'Undo resolve',
        run: async () => get().patchTeam(teamId, withBlocker(await getApi().reopenBlocker({ teamId, blockerId }))),
      },
    });
  },
  reopenBlocker: async (blockerId) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withBlocker(await getApi().reopenBlocker({ teamId, blockerId })));
    get().dismissUndoOf(resolvedKey(blockerId));
  },
  setBlockerOwner: async (blockerId, ownerId) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withBlocker(await getApi().setBlockerOwner({ teamId, blockerId, ownerId })));
  },
  editBlocker: async (blockerId, text) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withBlocker(await getApi().editBlocker({ teamId, blockerId, text })));
  },
  addParkingTopic: async (text, stayIds, standupId) => {
    const teamId = openTeamId(get());
    const saved = await getApi().addParkingTopic({ teamId, text, stayIds, standupId });
    get().patchTeam(teamId, (t) => ({ ...t, parkingLot: replaceIn(t.parkingLot, saved) }));
    return saved;
  },
  closeParkingTopic: async (topicId) => {
    const teamId = openTeamId(get());
    const saved = await getApi().closeParkingTopic({ teamId, topicId });
    get().patchTeam(teamId, withTopic(saved));
    get().pushToast({
      kind: 'info',
      message: `Marked ${quote(saved.text)} as discussed.`,
      teamId,
      undoes: discussedKey(topicId),
      undo: {
        label: 'Undo discussed',
        run: async () => get().patchTeam(teamId, withTopic(await getApi().reopenParkingTopic({ teamId, topicId }))),
      },
    });
  },
  reopenParkingTopic: async (topicId) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withTopic(await getApi().reopenParkingTopic({ teamId, topicId })));
    get().dismissUndoOf(discussedKey(topicId));
  },
  editParkingTopic: async (topicId, text) => {
    const teamId = openTeamId(get());
    get().patchTeam(teamId, withTopic(await getApi().editParkingTopic({ teamId, topicId, text })));
  },
});
