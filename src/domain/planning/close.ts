import type { BacklogItem } from '../backlog/schema';
import { round2 } from './capacity';
import { liveTotals, type TotalsSettings } from './figures';
import type { Sprint, SprintResult } from './schema';

export type IncompleteTo = SprintResult['incompleteTo'];

/** What "Close sprint" records: the live totals (see figures.ts), the unfinished items and where they went. */
export function sprintResultOf(
  sprint: Pick<Sprint, 'id' | 'commitment'>,
  items: readonly BacklogItem[],
  settings: TotalsSettings,
  incompleteTo: IncompleteTo,
  closedAt: string,
): SprintResult {
  return {
    closedAt,
    ...liveTotals(sprint, items, settings),
    incompleteItemIds: items.filter((i) => i.sprintId === sprint.id && i.status !== 'done').map((i) => i.id),
    incompleteTo,
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
