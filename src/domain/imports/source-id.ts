import type { ItemSource } from './source';

/**
 * One string per source, for maps and sets. In a module of its own, without the source's schema: the screen's
 * store uses it, and zod stays out of the first load.
 */
export function sourceId(source: ItemSource): string {
  return JSON.stringify([source.product, source.site, source.key]);
}
