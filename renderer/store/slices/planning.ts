import type { PlanningUpdate } from '../../../src/api/contract/planning';
import type { ChangeWindowFields, HolidayFields, MemberRange, SprintFields } from '../../../src/domain/planning/inputs';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { CalendarKind } from '../../../src/api/contract/planning';
import { getApi } from '../../api/client';
import type { Slice } from '../types';

type Why = { reason?: string; planned?: boolean };

/** State and actions of the planning feature. Every action folds the api's small update into the open team. */
export interface PlanningSlice {
  /** The sprint open on the planning screen; null picks the active or next planned sprint. */
  planningSprintId: string | null;
  selectPlanningSprint: (sprintId: string | null) => void;
  createSprint: (sprint: SprintFields) => Promise<string>;
  updateSprint: (sprintId: string, sprint: SprintFields) => Promise<void>;
  deleteSprint: (sprintId: string) => Promise<void>;
  startSprint: (sprintId: string) => Promise<void>;
  closeSprint: (sprintId: string, incompleteTo: 'backlog' | 'next_sprint') => Promise<void>;
  addTimeOff: (sprintId: string, range: MemberRange) => Promise<void>;
  addOnCall: (sprintId: string, range: MemberRange) => Promise<void>;
  importCalendarEntries: (sprintId: string, kind: 'onCall' | 'timeOff', entries: MemberRange[]) => Promise<void>;
  addHoliday: (sprintId: string, holiday: HolidayFields) => Promise<void>;
  addChangeWindow: (sprintId: string, window: ChangeWindowFields) => Promise<void>;
  removeCalendarEntry: (sprintId: string, kind: CalendarKind, entryId: string) => Promise<void>;
  planItem: (sprintId: string, itemId: string, why?: Why) => Promise<void>;
  unplanItem: (itemId: string, why?: Why) => Promise<void>;
  startEstimation: (itemId: string) => Promise<string>;
  castVote: (roundId: string, memberId: string, card: string | null) => Promise<void>;
  revealVotes: (roundId: string) => Promise<void>;
  revote: (roundId: string) => Promise<void>;
  acceptEstimate: (roundId: string, points: number, reason?: string) => Promise<void>;
}

function upsert<T extends { id: string }>(list: readonly T[], changed: readonly T[]): T[] {
  const byId = new Map(changed.map((x) => [x.id, x]));
  const out = list.map((x) => byId.get(x.id) ?? x);
  for (const x of changed) if (!list.some((y) => y.id === x.id)) out.push(x);
  return out;
}

/** Applies what an operation changed to the team document. */
export function applyPlanningUpdate(team: TeamDoc, update: PlanningUpdate): TeamDoc {
  const removed = new Set(update.removedSprintIds);
  return {
    ...team,
    sprints: upsert(team.sprints, update.sprints).filter((s) => !removed.has(s.id)),
    items: upsert(team.items, update.items),
    estimationRounds: upsert(team.estimationRounds, update.rounds),
  };
}

export const createPlanningSlice: Slice<PlanningSlice> = (set, get) => {
  const teamId = () => {
    const team = get().team;
    if (!team) throw new Error('Pick or create a team first.');
    return team.id;
  };
  const apply = (update: PlanningUpdate) => {
    get().patchTeam((t) => applyPlanningUpdate(t, update));
    return update;
  };
  return {
    planningSprintId: null,
    selectPlanningSprint: (planningSprintId) => set({ planningSprintId }),
    createSprint: async (sprint) => {
      const update = apply(await getApi().createSprint({ teamId: teamId(), sprint }));
      const id = update.sprints[0]?.id ?? null;
      set({ planningSprintId: id });
      return id ?? '';
    },
    updateSprint: async (sprintId, sprint) => {
      apply(await getApi().updateSprint({ teamId: teamId(), sprintId, sprint }));
    },
    deleteSprint: async (sprintId) => {
      apply(await getApi().deleteSprint({ teamId: teamId(), sprintId }));
      set({ planningSprintId: null });
    },
    startSprint: async (sprintId) => {
      apply(await getApi().startSprint({ teamId: teamId(), sprintId }));
    },
    closeSprint: async (sprintId, incompleteTo) => {
      apply(await getApi().closeSprint({ teamId: teamId(), sprintId, incompleteTo }));
    },
    addTimeOff: async (sprintId, range) => {
      apply(await getApi().addTimeOff({ teamId: teamId(), sprintId, range }));
    },
    addOnCall: async (sprintId, range) => {
      apply(await getApi().addOnCall({ teamId: teamId(), sprintId, range }));
    },
    importCalendarEntries: async (sprintId, kind, entries) => {
      apply(await getApi().importCalendarEntries({ teamId: teamId(), sprintId, kind, entries }));
    },
    addHoliday: async (sprintId, holiday) => {
      apply(await getApi().addHoliday({ teamId: teamId(), sprintId, holiday }));
    },
    addChangeWindow: async (sprintId, window) => {
      apply(await getApi().addChangeWindow({ teamId: teamId(), sprintId, window }));
    },
    removeCalendarEntry: async (sprintId, kind, entryId) => {
      apply(await getApi().removeCalendarEntry({ teamId: teamId(), sprintId, kind, entryId }));
    },
    planItem: async (sprintId, itemId, why = {}) => {
      apply(await getApi().planItem({ teamId: teamId(), sprintId, itemId, ...why }));
    },
    unplanItem: async (itemId, why = {}) => {
      apply(await getApi().unplanItem({ teamId: teamId(), itemId, ...why }));
    },
    startEstimation: async (itemId) => {
      const update = apply(await getApi().startEstimation({ teamId: teamId(), itemId }));
      return update.rounds[0]?.id ?? '';
    },
    castVote: async (roundId, memberId, card) => {
      apply(await getApi().castVote({ teamId: teamId(), roundId, memberId, card }));
    },
    revealVotes: async (roundId) => {
      apply(await getApi().revealVotes({ teamId: teamId(), roundId }));
    },
    revote: async (roundId) => {
      apply(await getApi().revote({ teamId: teamId(), roundId }));
    },
    acceptEstimate: async (roundId, points, reason) => {
      apply(await getApi().acceptEstimate({ teamId: teamId(), roundId, points, ...(reason ? { reason } : {}) }));
    },
  };
};
