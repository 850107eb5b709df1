import type { BacklogItem } from '../backlog/schema';
import type { TeamSettings } from '../team/schema';
import { bufferUsedPoints, unplannedItemPoints } from './buffer';
import { round2 } from './capacity';
import type { Sprint, SprintResult } from './schema';

export type IncompleteTo = SprintResult['incompleteTo'];

/**
 * What "Close sprint" records. Planned = done items that were committed or added as planned
 * (unplanned: false); unplanned = done items that arrived as interrupts or unplanned scope.
 */
export function sprintResultOf(
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  items: readonly BacklogItem[],
  settings: Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>,
  incompleteTo: IncompleteTo,
  closedAt: string,
): SprintResult {
  const mine = items.filter((i) => i.sprintId === sprint.id);
  const done = mine.filter((i) => i.status === 'done');
  const planned = done.filter((i) => !i.unplanned).reduce((acc, i) => acc + (i.points ?? 0), 0);
  const unplanned = done
    .filter((i) => i.unplanned)
    .reduce((acc, i) => acc + unplannedItemPoints(i, sprint, settings), 0);
  return {
    closedAt,
    committedPoints: sprint.commitment?.committedPoints ?? 0,
    completedPlannedPoints: round2(planned),
    completedUnplannedPoints: round2(unplanned),
    incompleteItemIds: mine.filter((i) => i.status !== 'done').map((i) => i.id),
    incompleteTo,
    bufferReservedPoints: sprint.commitment?.bufferPoints ?? 0,
    bufferUsedPoints: bufferUsedPoints(mine, sprint, settings),
    personDays: sprint.commitment?.personDays ?? 0,
  };
}

export interface VelocityRow {
  sprintId: string;
  name: string;
  committed: number;
  completedPlanned: number;
  completedUnplanned: number;
  bufferReserved: number;
  bufferUsed: number;
  pointsPerPersonDay: number | null;
}

/** The last `count` closed sprints for the velocity chart, oldest first. */
export function velocityRows(sprints: readonly Sprint[], count = 7): VelocityRow[] {
  return sprints
    .filter((s) => s.state === 'closed' && s.result)
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .slice(-count)
    .map((s) => {
      const r = s.result as SprintResult;
      return {
        sprintId: s.id,
        name: s.name,
        committed: r.committedPoints,
        completedPlanned: r.completedPlannedPoints,
        completedUnplanned: r.completedUnplannedPoints,
        bufferReserved: r.bufferReservedPoints,
        bufferUsed: r.bufferUsedPoints,
        pointsPerPersonDay: r.personDays > 0 ? round2(r.completedPlannedPoints / r.personDays) : null,
      };
    });
}
