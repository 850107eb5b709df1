import { readiness } from '../backlog/readiness';
import type { BacklogItem } from '../backlog/schema';
import { sprintTotals, type TotalsSettings } from '../planning/figures';
import type { Sprint } from '../planning/schema';
import type { ChecklistEntry } from '../team/schema';

export interface FactsInput {
  sprint: Pick<Sprint, 'id' | 'name' | 'state' | 'commitment' | 'result'>;
  /** Backlog items with sprintId === sprint.id. */
  items: readonly BacklogItem[];
  definitionOfReady: readonly ChecklistEntry[];
  /** How interrupts sized in hours convert to points, as everywhere else. */
  settings: TotalsSettings;
  /** From the standup feature; null when it has recorded nothing. */
  blockersRaised: number | null;
  standupOvertimeMs: number | null;
}

export interface SprintFacts {
  committedPoints: number;
  completedPlannedPoints: number;
  completedUnplannedPoints: number;
  /** True once the sprint is closed and the figures come from its recorded result. */
  fromResult: boolean;
  interrupts: { count: number; points: number; hours: number };
  bufferPoints: number;
  bufferUsedPoints: number;
  missedReady: { id: string; title: string; missing: string[] }[];
  blockersRaised: number | null;
  standupOvertimeMs: number | null;
}

const pointsOf = (items: readonly BacklogItem[]) => items.reduce((sum, i) => sum + (i.points ?? 0), 0);

/** The figures the "Sprint facts" phase shows, from plain inputs so any feature's data can feed it. */
export function sprintFacts(input: FactsInput): SprintFacts {
  const { sprint, items } = input;
  const planned = items.filter((i) => !i.unplanned);
  const interrupts = items.filter((i) => i.interrupt !== null);
  // The same numbers as the board, the close dialog and the review report.
  const totals = sprintTotals(sprint, items, input.settings);
  return {
    committedPoints: totals.committedPoints,
    completedPlannedPoints: totals.completedPlannedPoints,
    completedUnplannedPoints: totals.completedUnplannedPoints,
    fromResult: totals.fromResult,
    interrupts: {
      count: interrupts.length,
      points: pointsOf(interrupts),
      hours: interrupts.reduce((sum, i) => sum + (i.interrupt?.hours ?? 0), 0),
    },
    bufferPoints: totals.bufferReservedPoints,
    bufferUsedPoints: totals.bufferUsedPoints,
    missedReady: planned
      .map((i) => ({ id: i.id, title: i.title, missing: readiness(i, input.definitionOfReady).missing }))
      .filter((r) => r.missing.length > 0),
    blockersRaised: input.blockersRaised,
    standupOvertimeMs: input.standupOvertimeMs,
  };
}

/** The parts of the standup feature's records the facts need; typed by shape so this module does not depend on it. */
export interface StandupRecord {
  sprintId: string | null;
  summary: { overtimeMs: number } | null;
}
export interface BlockerRecord {
  sprintId: string | null;
}

/**
 * Blockers raised and standup overtime in one sprint, from the standup feature's collections.
 * Null ("not recorded") when that feature has no data for the sprint.
 */
export function standupFigures(
  sprintId: string,
  standups: readonly StandupRecord[] | undefined,
  blockers: readonly BlockerRecord[] | undefined,
): { blockersRaised: number | null; standupOvertimeMs: number | null } {
  const held = (standups ?? []).filter((s) => s.sprintId === sprintId);
  const ended = held.filter((s) => s.summary !== null);
  const raised = (blockers ?? []).filter((b) => b.sprintId === sprintId).length;
  return {
    blockersRaised: held.length > 0 || raised > 0 ? raised : null,
    standupOvertimeMs: ended.length > 0 ? ended.reduce((sum, s) => sum + (s.summary?.overtimeMs ?? 0), 0) : null,
  };
}
