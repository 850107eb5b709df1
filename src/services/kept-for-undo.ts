import type { WorkspaceStore } from './store';

/**
 * What the server keeps so that an Undo puts back what was really changed (a deleted item, a removed review block, a
 * calendar import's changes), by key, never a copy the client sends. Memory only, per store: Undo is offered for
 * moments, not across restarts. Each shelf keeps its newest `limit` entries (insertion order: the oldest go first).
 */
export interface UndoShelf<T> {
  keep(store: WorkspaceStore, key: string, value: T): void;
  /** The value kept under `key`, or null (never kept, let go, or forgotten). */
  get(store: WorkspaceStore, key: string): T | null;
  forget(store: WorkspaceStore, key: string): void;
}

/** Every shelf made, so that a restore forgets them all at once (forgetEverythingKept). */
const shelves: WeakMap<WorkspaceStore, Map<string, unknown>>[] = [];

export function undoShelf<T>(limit: number): UndoShelf<T> {
  const kept = new WeakMap<WorkspaceStore, Map<string, T>>();
  shelves.push(kept);
  return {
    keep(store, key, value) {
      const entries = kept.get(store) ?? new Map<string, T>();
      kept.set(store, entries);
      entries.set(key, value);
      for (const oldest of entries.keys()) {
        if (entries.size <= limit) break;
        entries.delete(oldest);
      }
    },
    get: (store, key) => kept.get(store)?.get(key) ?? null,
    forget(store, key) {
      kept.get(store)?.delete(key);
    },
  };
}

/**
 * After a restore or a workspace import: what every Undo would take back belongs to data that is gone. A new kind of
 * Undo kept on a shelf is forgotten here without being named.
 */
export function forgetEverythingKept(store: WorkspaceStore): void {
  for (const kept of shelves) kept.delete(store);
}
