import type { BacklogItem } from '../backlog/schema';
import { sprintTotals, type SprintTotals, type TotalsSettings } from '../planning/figures';
import { carriedOverIds } from '../planning/dropped';
import type { Sprint } from '../planning/schema';
import { DELETED_ITEM } from './deleted-item';

export type FigureSettings = TotalsSettings;

export interface SprintFigures extends SprintTotals {
  completedItems: BacklogItem[];
  /** Items not done when the sprint closed and moved on (not dropped); null while it runs. */
  carriedOver: { id: string; title: string; points: number | null }[] | null;
}

/** The sprint's numbers for the review: the shared totals, the done items and, once closed, what carried over. */
export function sprintFigures(
  sprint: Sprint,
  allItems: readonly BacklogItem[],
  settings: FigureSettings,
): SprintFigures {
  const done = allItems.filter((i) => i.sprintId === sprint.id && i.status === 'done');
  const { fromResult: _, ...totals } = sprintTotals(sprint, allItems, settings);
  const result = sprint.result;
  if (!result) return { ...totals, completedItems: done, carriedOver: null };
  const byId = new Map(allItems.map((i) => [i.id, i]));
  const committedById = new Map((sprint.commitment?.items ?? []).map((c) => [c.itemId, c]));
  return {
    ...totals,
    completedItems: done,
    // A dropped item carried nowhere, even once planned again since.
    carriedOver: carriedOverIds(sprint, allItems).map((id) => {
      const item = byId.get(id);
      const committed = committedById.get(id);
      return {
        id,
        title: item?.title ?? committed?.title ?? DELETED_ITEM,
        points: item?.points ?? committed?.points ?? null,
      };
    }),
  };
}
