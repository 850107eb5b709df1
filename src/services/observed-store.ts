import type { MutationScope, WorkspaceStore } from './store';

/**
 * The same store, telling a listener after each change is durable: the room uses it to show every
 * change, whoever made it (the shared screen, a phone), to the people it concerns. Everything else
 * is the store's own, read on the store itself.
 */
function observeStore(store: WorkspaceStore, listener: (scope: MutationScope) => void): WorkspaceStore {
  const mutate: WorkspaceStore['mutate'] = async (scope, recipe) => {
    const result = await store.mutate(scope, recipe);
    listener(scope);
    return result;
  };
  return new Proxy(store, {
    get(target, property) {
      if (property === 'mutate') return mutate;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * A store and what is built on it (the room, sharing): `build` gets the observed store to work through,
 * and what it builds hears of every durable change made through that store.
 */
export function observedBy<T extends { storeChanged(scope: MutationScope): void }>(
  store: WorkspaceStore,
  build: (observed: WorkspaceStore) => T,
): { store: WorkspaceStore; observer: T } {
  let observer: T | null = null;
  const observed = observeStore(store, (scope) => observer?.storeChanged(scope));
  observer = build(observed);
  return { store: observed, observer };
}
