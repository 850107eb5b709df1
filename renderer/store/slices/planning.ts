import type { PlanningUpdate } from '../../../src/api/contract/planning';
import type { IncompleteTo, UnplannedChoice } from '../../../src/domain/planning/close';
import type { ChangeWindowFields, HolidayFields, MemberRange, SprintFields } from '../../../src/domain/planning/inputs';
import type { TeamDoc } from '../../../src/domain/workspace';
import type { CalendarImportResult, CalendarKind } from '../../../src/api/contract/planning';
import type { ImportKind } from '../../../src/domain/planning/ical-import';
import { getApi } from '../../api/client';
import { openTeamId } from '../team-results';
import type { Slice } from '../types';

type Why = { reason?: string; planned?: boolean };

/** State and actions of the planning feature. Every action folds the api's small update into the open team. */
export interface PlanningSlice {
  /** The sprint open on the planning screen; null picks the active or next planned sprint. */
  planningSprintId: string | null;
  selectPlanningSprint: (sprintId: string | null) => void;
  createSprint: (sprint: SprintFields) => Promise<string>;
  /** Answers what to tell the facilitator when the new dates leave time off or shifts outside, else null. */
  updateSprint: (sprintId: string, sprint: SprintFields) => Promise<string | null>;
  deleteSprint: (sprintId: string) => Promise<void>;
  startSprint: (sprintId: string) => Promise<void>;
  closeSprint: (
    sprintId: string,
    incompleteTo: IncompleteTo,
    unplannedTo?: Record<string, UnplannedChoice>,
  ) => Promise<void>;
  addTimeOff: (sprintId: string, range: MemberRange) => Promise<void>;
  addOnCall: (sprintId: string, range: MemberRange) => Promise<void>;
  importCalendarEntries: (sprintId: string, kind: 'onCall' | 'timeOff', entries: MemberRange[]) => Promise<void>;
  /** The picked events of an iCal file through the import the command line uses; answers the counts. */
  importCalendar: (
    sprintId: string,
    file: { text: string; kind: ImportKind; picks: { key: string; memberId: string | null }[] },
  ) => Promise<CalendarImportResult>;
  undoCalendarImport: (importId: string) => Promise<void>;
  /** Holidays, windows and freezes are the team's; the sprint is the one whose Calendar tab edits them. */
  addHoliday: (sprintId: string, holiday: HolidayFields) => Promise<void>;
  updateHoliday: (sprintId: string, entryId: string, holiday: HolidayFields) => Promise<void>;
  addChangeWindow: (sprintId: string, window: ChangeWindowFields) => Promise<void>;
  updateChangeWindow: (sprintId: string, entryId: string, window: ChangeWindowFields) => Promise<void>;
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

/** Unlinks what pointed at a deleted sprint; a list with nothing to change keeps its object. */
function unlinked<T extends { sprintId: string | null }>(list: T[], removed: ReadonlySet<string>): T[] {
  if (!list.some((x) => x.sprintId !== null && removed.has(x.sprintId))) return list;
  return list.map((x) => (x.sprintId !== null && removed.has(x.sprintId) ? { ...x, sprintId: null } : x));
}

/**
 * Applies what an operation changed to the team document. A deleted sprint takes its reviews with it and
 * leaves its retros, health checks, standups, blockers and parking-lot topics linked to no sprint, as
 * deleteSprint does in the file.
 */
export function applyPlanningUpdate(team: TeamDoc, update: PlanningUpdate): TeamDoc {
  const removed = new Set(update.removedSprintIds);
  const next: TeamDoc = {
    ...team,
    sprints: upsert(team.sprints, update.sprints).filter((s) => !removed.has(s.id)),
    items: upsert(team.items, update.items),
    estimationRounds: upsert(team.estimationRounds, update.rounds),
    calendar: update.calendar ?? team.calendar,
  };
  if (removed.size === 0) return next;
  return {
    ...next,
    reviews: team.reviews.filter((r) => !removed.has(r.sprintId)),
    retros: unlinked(team.retros, removed),
    healthChecks: unlinked(team.healthChecks, removed),
    standups: unlinked(team.standups, removed),
    blockers: unlinked(team.blockers, removed),
    parkingLot: unlinked(team.parkingLot, removed),
  };
}

export const createPlanningSlice: Slice<PlanningSlice> = (set, get) => {
  /** Runs a call for the open team and folds its update into that team (only). */
  const run = async (call: (teamId: string) => Promise<PlanningUpdate>) => {
    const teamId = openTeamId(get());
    const update = await call(teamId);
    get().patchTeam(teamId, (t) => applyPlanningUpdate(t, update));
    return { update, stillOpen: get().team?.id === teamId };
  };
  return {
    planningSprintId: null,
    selectPlanningSprint: (planningSprintId) => set({ planningSprintId }),
    createSprint: async (sprint) => {
      const { update, stillOpen } = await run((teamId) => getApi().createSprint({ teamId, sprint }));
      const id = update.sprints[0]?.id ?? null;
      if (stillOpen) set({ planningSprintId: id });
      return id ?? '';
    },
    updateSprint: async (sprintId, sprint) => {
      let leftOutside: string | null = null;
      await run(async (teamId) => {
        const edit = await getApi().updateSprint({ teamId, sprintId, sprint });
        leftOutside = edit.leftOutside;
        return edit;
      });
      return leftOutside;
    },
    deleteSprint: async (sprintId) => {
      const { stillOpen } = await run((teamId) => getApi().deleteSprint({ teamId, sprintId }));
      if (stillOpen) set({ planningSprintId: null });
    },
    startSprint: async (sprintId) => {
      await run((teamId) => getApi().startSprint({ teamId, sprintId }));
    },
    closeSprint: async (sprintId, incompleteTo, unplannedTo) => {
      await run((teamId) =>
        getApi().closeSprint({ teamId, sprintId, incompleteTo, ...(unplannedTo ? { unplannedTo } : {}) }),
      );
    },
    addTimeOff: async (sprintId, range) => {
      await run((teamId) => getApi().addTimeOff({ teamId, sprintId, range }));
    },
    addOnCall: async (sprintId, range) => {
      await run((teamId) => getApi().addOnCall({ teamId, sprintId, range }));
    },
    importCalendarEntries: async (sprintId, kind, entries) => {
      await run((teamId) => getApi().importCalendarEntries({ teamId, sprintId, kind, entries }));
    },
    importCalendar: async (sprintId, file) => {
      let result: CalendarImportResult | null = null;
      await run(async (teamId) => {
        result = await getApi().importCalendar({ teamId, sprintId, ...file });
        return result.update;
      });
      return result!;
    },
    undoCalendarImport: async (importId) => {
      await run((teamId) => getApi().undoCalendarImport({ teamId, importId }));
    },
    addHoliday: async (sprintId, holiday) => {
      await run((teamId) => getApi().addHoliday({ teamId, sprintId, holiday }));
    },
    updateHoliday: async (sprintId, entryId, holiday) => {
      await run((teamId) => getApi().updateHoliday({ teamId, sprintId, entryId, holiday }));
    },
    addChangeWindow: async (sprintId, window) => {
      await run((teamId) => getApi().addChangeWindow({ teamId, sprintId, window }));
    },
    updateChangeWindow: async (sprintId, entryId, window) => {
      await run((teamId) => getApi().updateChangeWindow({ teamId, sprintId, entryId, window }));
    },
    removeCalendarEntry: async (sprintId, kind, entryId) => {
      await run((teamId) => getApi().removeCalendarEntry({ teamId, sprintId, kind, entryId }));
    },
    planItem: async (sprintId, itemId, why = {}) => {
      await run((teamId) => getApi().planItem({ teamId, sprintId, itemId, ...why }));
    },
    unplanItem: async (itemId, why = {}) => {
      await run((teamId) => getApi().unplanItem({ teamId, itemId, ...why }));
    },
    startEstimation: async (itemId) => {
      const { update } = await run((teamId) => getApi().startEstimation({ teamId, itemId }));
      return update.rounds[0]?.id ?? '';
    },
    castVote: async (roundId, memberId, card) => {
      await run((teamId) => getApi().castVote({ teamId, roundId, memberId, card }));
    },
    revealVotes: async (roundId) => {
      await run((teamId) => getApi().revealVotes({ teamId, roundId }));
    },
    revote: async (roundId) => {
      await run((teamId) => getApi().revote({ teamId, roundId }));
    },
    acceptEstimate: async (roundId, points, reason) => {
      await run((teamId) => getApi().acceptEstimate({ teamId, roundId, points, ...(reason ? { reason } : {}) }));
    },
  };
};
