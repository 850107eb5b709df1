import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { withTeamFilter, type BacklogFilter, type TeamFilters } from '../../../src/domain/backlog/filter';
import { moveById } from '../../../src/domain/backlog/order';
import { sourceId } from '../../../src/domain/imports/source-id';
import { quote } from '../../../src/domain/shared/words';
import type { ItemFields } from '../../../src/domain/backlog/schema';
import type { ItemRemoval } from '../../../src/api/contract/backlog';
import type { TeamDoc } from '../../../src/domain/workspace';
import { getApi } from '../../api/client';
import { optimistic } from '../optimistic';
import { openTeamId, upsertById } from '../team-results';
import type { Slice } from '../types';

export interface BacklogSlice {
  /** Each team's backlog filter (see filterOfTeam): one team's filter never narrows another's list. */
  filters: TeamFilters;
  /** Changes the open team's filter. */
  setFilter: (filter: Partial<BacklogFilter>) => void;
  createItem: (item: ItemFields, templateId?: string | null) => Promise<BacklogItem>;
  updateItem: (itemId: string, changes: Partial<ItemFields>) => Promise<BacklogItem>;
  /**
   * Deletes and offers Undo in a toast. `hiddenAfterUndo` says why the list does not show the item an undo brought
   * back (the filter as it is by then), or null when it does.
   */
  deleteItem: (itemId: string, hiddenAfterUndo?: (item: BacklogItem) => string | null) => Promise<void>;
  moveItem: (itemId: string, toIndex: number) => Promise<void>;
}

/**
 * Folds a delete (or its undo) into the team: the item out (or back in its place), the sprint's scope log, and
 * an imported item's source kept as deleted (or no longer), as the server does, for the import's preview.
 */
function withRemoval(team: TeamDoc, change: ItemRemoval, restored: boolean): TeamDoc {
  const items = team.items.filter((i) => i.id !== change.item.id);
  if (restored) items.splice(Math.min(change.index, items.length), 0, change.item);
  const sprints = change.sprint ? upsertById(team.sprints, change.sprint) : team.sprints;
  const source = change.item.source;
  const others = team.deletedSources.filter((s) => !source || sourceId(s) !== sourceId(source));
  const deletedSources = source && !restored ? [...others, source] : others;
  return { ...team, items, sprints, deletedSources };
}

/**
 * What to tell the facilitator after an undone delete that could not put the item back in its sprint
 * (closed or deleted meanwhile, so the server put it in the backlog); null when it went back where it was.
 */
function restoredElsewhere(deleted: BacklogItem, restored: BacklogItem, team: TeamDoc | null): string | null {
  if (deleted.sprintId === null || restored.sprintId === deleted.sprintId) return null;
  const sprint = team?.sprints.find((s) => s.id === deleted.sprintId);
  const which = sprint ? quote(sprint.name) : 'its sprint';
  return `${quote(restored.title)} is back in the backlog: ${which} is no longer open.`;
}

export const createBacklogSlice: Slice<BacklogSlice> = (set, get) => ({
  filters: {},
  setFilter: (filter) => set((s) => ({ filters: withTeamFilter(s.filters, s.team?.id, filter) })),
  createItem: async (item, templateId = null) => {
    const teamId = openTeamId(get());
    const saved = await getApi().createItem({ teamId, item, templateId });
    get().patchTeam(teamId, (t) => ({ ...t, items: upsertById(t.items, saved) }));
    return saved;
  },
  updateItem: async (itemId, changes) => {
    const teamId = openTeamId(get());
    const saved = await getApi().updateItem({ teamId, itemId, changes });
    get().patchTeam(teamId, (t) => ({ ...t, items: t.items.map((i) => (i.id === itemId ? saved : i)) }));
    return saved;
  },
  deleteItem: async (itemId, hiddenAfterUndo) => {
    const teamId = openTeamId(get());
    const removed = await getApi().deleteItem({ teamId, itemId });
    get().patchTeam(teamId, (t) => withRemoval(t, removed, false));
    get().pushToast({
      kind: 'info',
      message: `Deleted ${quote(removed.item.title)}.`,
      teamId,
      undo: {
        label: 'Undo delete',
        run: async () => {
          const restored = await getApi().restoreItem({ teamId, itemId });
          const note = restoredElsewhere(removed.item, restored.item, get().team);
          get().patchTeam(teamId, (t) => withRemoval(t, restored, true));
          // Said in any case: the row may come back off screen, and a screen reader hears nothing of it. A row the
          // list hides (filtered meanwhile) is said to be hidden, with how to see it, or the undo reads as failed.
          const hidden = hiddenAfterUndo?.(restored.item) ?? null;
          const said = note ?? `Restored ${quote(restored.item.title)}.`;
          const message = hidden ? `${said} ${hidden}` : said;
          get().pushToast({ kind: note || hidden ? 'info' : 'success', message, teamId });
        },
      },
    });
  },
  moveItem: async (itemId, toIndex) => {
    const teamId = openTeamId(get());
    const from = get().team?.items.findIndex((i) => i.id === itemId) ?? -1;
    await optimistic({
      key: `item:${itemId}`,
      show: () => get().patchTeam(teamId, (t) => ({ ...t, items: moveById(t.items, itemId, toIndex) })),
      save: () => getApi().moveItem({ teamId, itemId, toIndex }),
      // Only this move is put back: changes saved meanwhile (another move, a new item) stay on screen.
      undo: () => get().patchTeam(teamId, (t) => ({ ...t, items: moveById(t.items, itemId, from) })),
    });
  },
});
