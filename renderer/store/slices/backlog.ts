import type { BacklogItem } from '../../../src/domain/backlog/schema';
import { EMPTY_FILTER, type BacklogFilter } from '../../../src/domain/backlog/filter';
import { moveById } from '../../../src/domain/backlog/order';
import { sourceId } from '../../../src/domain/imports/source-id';
import type { ItemFields } from '../../../src/domain/backlog/schema';
import type { ItemRemoval } from '../../../src/api/contract/backlog';
import type { TeamDoc } from '../../../src/domain/workspace';
import { getApi } from '../../api/client';
import { optimistic } from '../optimistic';
import { openTeamId, upsertById } from '../team-results';
import type { Slice } from '../types';

export interface BacklogSlice {
  filter: BacklogFilter;
  setFilter: (filter: Partial<BacklogFilter>) => void;
  createItem: (item: ItemFields, templateId?: string | null) => Promise<BacklogItem>;
  updateItem: (itemId: string, changes: Partial<ItemFields>) => Promise<BacklogItem>;
  /** Deletes and offers Undo in a toast. */
  deleteItem: (itemId: string) => Promise<void>;
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
  const which = sprint ? `"${sprint.name}"` : 'its sprint';
  return `"${restored.title}" is back in the backlog: ${which} is no longer open.`;
}

export const createBacklogSlice: Slice<BacklogSlice> = (set, get) => ({
  filter: EMPTY_FILTER,
  setFilter: (filter) => set((s) => ({ filter: { ...s.filter, ...filter } })),
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
  deleteItem: async (itemId) => {
    const teamId = openTeamId(get());
    const removed = await getApi().deleteItem({ teamId, itemId });
    get().patchTeam(teamId, (t) => withRemoval(t, removed, false));
    get().pushToast({
      kind: 'info',
      message: `Deleted "${removed.item.title}".`,
      teamId,
      undo: {
        label: 'Undo delete',
        run: async () => {
          const restored = await getApi().restoreItem({ teamId, itemId });
          const note = restoredElsewhere(removed.item, restored.item, get().team);
          get().patchTeam(teamId, (t) => withRemoval(t, restored, true));
          // Said in any case: the row may come back off screen, and a screen reader hears nothing of it.
          if (note) get().pushToast({ kind: 'info', message: note, teamId });
          else get().pushToast({ kind: 'success', message: `Restored "${restored.item.title}".`, teamId });
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
