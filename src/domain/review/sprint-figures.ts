import type { BacklogItem } from '../backlog/schema';
import { bufferUsedPoints } from '../planning/buffer';
import type { Sprint } from '../planning/schema';
import type { TeamSettings } from '../team/schema';

export type FigureSettings = Pick<TeamSettings, 'standardDayHours' | 'startingPointsPerPersonDay'>;

export interface SprintFigures {
  committedPoints: number;
  completedPlannedPoints: number;
  completedUnplannedPoints: number;
  bufferReservedPoints: number;
  bufferUsedPoints: number;
  completedItems: BacklogItem[];
  /** Items not done at the end (or not done yet while the sprint runs): they carry over. */
  carriedOver: { id: string; title: string; points: number | null }[];
}

const sum = (items: readonly BacklogItem[]) => items.reduce((total, i) => total + (i.points ?? 0), 0);

/** The sprint's numbers for the review: from its recorded result once closed, computed from its items before. */
export function sprintFigures(
  sprint: Sprint,
  allItems: readonly BacklogItem[],
  settings: FigureSettings,
): SprintFigures {
  const items = allItems.filter((i) => i.sprintId === sprint.id);
  const done = items.filter((i) => i.status === 'done');
  const result = sprint.result;
  if (result) {
    const byId = new Map(allItems.map((i) => [i.id, i]));
    const committedById = new Map((sprint.commitment?.items ?? []).map((c) => [c.itemId, c]));
    return {
      committedPoints: result.committedPoints,
      completedPlannedPoints: result.completedPlannedPoints,
      completedUnplannedPoints: result.completedUnplannedPoints,
      bufferReservedPoints: result.bufferReservedPoints,
      bufferUsedPoints: result.bufferUsedPoints,
      completedItems: done,
      carriedOver: result.incompleteItemIds.map((id) => {
        const item = byId.get(id);
        const committed = committedById.get(id);
        return {
          id,
          title: item?.title ?? committed?.title ?? 'Deleted item',
          points: item?.points ?? committed?.points ?? null,
        };
      }),
    };
  }
  return {
    committedPoints: sprint.commitment?.committedPoints ?? sum(items.filter((i) => !i.unplanned)),
    completedPlannedPoints: sum(done.filter((i) => !i.unplanned)),
    completedUnplannedPoints: sum(done.filter((i) => i.unplanned)),
    bufferReservedPoints: sprint.commitment?.bufferPoints ?? 0,
    // The same rule as the board's buffer gauge and planning's close.
    bufferUsedPoints: bufferUsedPoints(items, sprint, settings),
    completedItems: done,
    carriedOver: items.filter((i) => i.status !== 'done').map((i) => ({ id: i.id, title: i.title, points: i.points })),
  };
}
