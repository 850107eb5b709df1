import type { BacklogItem } from '../domain/backlog/schema';
import type { WorkspaceStore } from './store';

/**
 * Copies of deleted items the server keeps so that Undo restores by id what was really deleted, never
 * an item the client sends. Memory only, per store: Undo is offered for moments, not across restarts.
 */
export interface DeletedCopy {
  item: BacklogItem;
  index: number;
  /** Its sprint was closed already when it was deleted: Undo puts it back in it, as it was. */
  inClosedSprint?: boolean;
}

const KEEP = 100;
const kept = new WeakMap<WorkspaceStore, Map<string, DeletedCopy>>();
const keyOf = (teamId: string, itemId: string) => `${teamId}/${itemId}`;

export function keepDeleted(store: WorkspaceStore, teamId: string, copy: DeletedCopy): void {
  const copies = kept.get(store) ?? new Map<string, DeletedCopy>();
  kept.set(store, copies);
  copies.set(keyOf(teamId, copy.item.id), copy);
  // Oldest first (insertion order): only the last KEEP deletions can be undone.
  for (const key of copies.keys()) {
    if (copies.size <= KEEP) break;
    copies.delete(key);
  }
}

export function deletedCopy(store: WorkspaceStore, teamId: string, itemId: string): DeletedCopy | null {
  return kept.get(store)?.get(keyOf(teamId, itemId)) ?? null;
}

export function forgetDeleted(store: WorkspaceStore, teamId: string, itemId: string): void {
  kept.get(store)?.delete(keyOf(teamId, itemId));
}

/** After a restore or a workspace import: the items deleted before it belong to data that is gone. */
export function forgetAllDeleted(store: WorkspaceStore): void {
  kept.delete(store);
}
