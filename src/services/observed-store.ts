import type { MutationScope, WorkspaceStore } from './store';

/**
 * The same store, telling a listener after each change is durable: the room uses it to show every
 * change, whoever made it (the shared screen, a phone), to the people it concerns.
 */
export function observeStore(store: WorkspaceStore, listener: (scope: MutationScope) => void): WorkspaceStore {
  return {
    get dataDir() {
      return store.dataDir;
    },
    get backupDir() {
      return store.backupDir;
    },
    get readOnly() {
      return store.readOnly;
    },
    get notices() {
      return store.notices;
    },
    snapshot: () => store.snapshot(),
    mutate: async (scope, recipe) => {
      const result = await store.mutate(scope, recipe);
      listener(scope);
      return result;
    },
    flush: () => store.flush(),
    close: () => store.close(),
  };
}
