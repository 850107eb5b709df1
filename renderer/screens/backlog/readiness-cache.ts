import { readiness, type Readiness } from '../../../src/domain/backlog/readiness';
import type { BacklogItem } from '../../../src/domain/backlog/schema';
import type { ChecklistEntry } from '../../../src/domain/team/schema';

const byDefinition = new WeakMap<readonly ChecklistEntry[], WeakMap<BacklogItem, Readiness>>();

/**
 * Readiness of an item, computed once per (item object, Definition of Ready). State is immutable, so
 * an edited item or definition is a new object and misses the cache; typing in the filter or
 * scrolling never re-evaluates rows that did not change.
 */
export function cachedReadiness(item: BacklogItem, definitionOfReady: readonly ChecklistEntry[]): Readiness {
  let cache = byDefinition.get(definitionOfReady);
  if (!cache) {
    cache = new WeakMap();
    byDefinition.set(definitionOfReady, cache);
  }
  let ready = cache.get(item);
  if (!ready) {
    ready = readiness(item, definitionOfReady);
    cache.set(item, ready);
  }
  return ready;
}
