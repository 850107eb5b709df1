import type { BacklogItem } from '../domain/backlog/schema';
import { undoShelf } from './kept-for-undo';
import type { WorkspaceStore } from './store';

/**
 * Copies of deleted items the server keeps so that Undo restores by id what was really deleted, never
 * an item the client sends (see kept-for-undo.ts).
 */
export interface DeletedCopy {
  item: BacklogItem;
  index: number;
  /** Its sprint was closed already when it was deleted: Undo puts it back in it, as it was. */
  inClosedSprint?: boolean;
}

/** Only the last 100 deletions can be undone. */
const deleted = undoShelf<DeletedCopy>(100);
const keyOf = (teamId: string, itemId: string) => `${teamId}/${itemId}`;

export function keepDeleted(store: WorkspaceStore, teamId: string, copy: DeletedCopy): void {
  deleted.keep(store, keyOf(teamId, copy.item.id), copy);
}

export function deletedCopy(store: WorkspaceStore, teamId: string, itemId: string): DeletedCopy | null {
  return deleted.get(store, keyOf(teamId, itemId));
}

export function forgetDeleted(store: WorkspaceStore, teamId: string, itemId: string): void {
  deleted.forget(store, keyOf(teamId, itemId));
}
