import { readiness } from '../backlog/readiness';
import type { BacklogItem } from '../backlog/schema';
import { unplannedItemPoints, unplannedTakenOn } from '../planning/buffer';
import { carriedOverIds } from '../planning/dropped';
import { sprintTotals, type TotalsSettings } from '../planning/figures';
import { round2 } from '../shared/round';
import type { Sprint } from '../planning/schema';
import type { ChecklistEntry } from '../team/schema';

export interface FactsInput {
  sprint: Pick<Sprint, 'id' | 'name' | 'state' | 'commitment' | 'result' | 'scopeChanges'>;
  /** The team's sprints: which one each interrupt was logged in. */
  sprints: readonly Pick<Sprint, 'id' | 'scopeChanges'>[];
  /** The team's items: an interrupt logged in the sprint may have been carried on since. */
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
  /** The unplanned work logged while the sprint ran (see interruptsLogged). */
  interrupts: { count: number; points: number; hours: number };
  bufferPoints: number;
  bufferUsedPoints: number;
  missedReady: { id: string; title: string; missing: string[] }[];
  blockersRaised: number | null;
  standupOvertimeMs: number | null;
}

/**
 * The unplanned work logged while the sprint ran, counted and sized as the buffer counts it (hours converted
 * at the sprint's rate), so the figure stays put when the close carries some of it on.
 */
function interruptsLogged({ sprint, sprints, items, settings }: FactsInput): SprintFacts['interrupts'] {
  const logged = unplannedTakenOn(sprint, sprints, items);
  return {
    count: logged.length,
    points: round2(logged.reduce((sum, i) => sum + unplannedItemPoints(i, sprint, settings), 0)),
    // Rounded as the points are: 0.6 h and 0.3 h make 0.9 h, not 0.8999999999999999 h.
    hours: round2(logged.reduce((sum, i) => sum + (i.interrupt?.hours ?? 0), 0)),
  };
}

/**
 * The sprint's planned items: those in it now and, once it is closed, those its close carried on unfinished
 * (to the next sprint or the backlog), which the retro held after the close still asks about. What the close
 * dropped is not carried on, even once planned again since (then it is planned work of another sprint): the
 * one definition the review and the close dialog use (carriedOverIds).
 */
function plannedItems({ sprint, items }: FactsInput): BacklogItem[] {
  const carried = new Set(carriedOverIds(sprint, items));
  return items.filter((i) => !i.unplanned && (i.sprintId === sprint.id || carried.has(i.id)));
}

/** The figures the "Sprint facts" phase shows, from plain inputs so any feature's data can feed it. */
export function sprintFacts(input: FactsInput): SprintFacts {
  const { sprint } = input;
  const items = input.items.filter((i) => i.sprintId === sprint.id);
  // The same numbers as the board, the close dialog and the review report.
  const totals = sprintTotals(sprint, items, input.settings);
  return {
    committedPoints: totals.committedPoints,
    completedPlannedPoints: totals.completedPlannedPoints,
    completedUnplannedPoints: totals.completedUnplannedPoints,
    fromResult: totals.fromResult,
    interrupts: interruptsLogged(input),
    bufferPoints: totals.bufferReservedPoints,
    bufferUsedPoints: totals.bufferUsedPoints,
    missedReady: plannedItems(input)
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
