import type { BacklogItem } from '../domain/backlog/schema';
import type { EstimationRound } from '../domain/planning/estimation';
import type { Sprint } from '../domain/planning/schema';
import type { TeamCalendar } from '../domain/planning/team-calendar';
import type { Workspace } from '../domain/workspace';
import { teamOf } from './lookup';

/**
 * What a planning operation changed: the entities to upsert by id (and sprints removed), so the
 * screen and, later, other devices can apply small changes instead of reloading the team.
 */
export interface PlanningUpdate {
  sprints: Sprint[];
  items: BacklogItem[];
  rounds: EstimationRound[];
  removedSprintIds: string[];
  /** The team's whole calendar (holidays, change windows, freezes) when the operation changed it, else null. */
  calendar: TeamCalendar | null;
}

export function planningUpdate(
  ws: Workspace,
  teamId: string,
  ids: { sprints?: string[]; items?: string[]; rounds?: string[]; removedSprints?: string[]; calendar?: boolean },
): PlanningUpdate {
  const team = teamOf(ws, teamId);
  const pick = <T extends { id: string }>(list: readonly T[], wanted: string[] = []) => {
    const set = new Set(wanted);
    return list.filter((x) => set.has(x.id));
  };
  return {
    sprints: pick(team.sprints, ids.sprints),
    items: pick(team.items, ids.items),
    rounds: pick(team.estimationRounds, ids.rounds),
    removedSprintIds: ids.removedSprints ?? [],
    calendar: ids.calendar ? team.calendar : null,
  };
}
