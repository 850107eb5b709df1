import { z } from 'zod';
import { LIMITS } from '../shared/text';
import { sourceId } from './source-id';

/** The products a backlog import recognizes; `csv` is any other file read through a mapping the user set. */
export const IMPORT_PRODUCTS = ['jira', 'gitlab', 'azure-devops', 'linear', 'github', 'csv'] as const;
export type ImportProduct = (typeof IMPORT_PRODUCTS)[number];

export const PRODUCT_NAMES: Record<ImportProduct, string> = {
  jira: 'Jira',
  gitlab: 'GitLab',
  'azure-devops': 'Azure DevOps',
  linear: 'Linear',
  github: 'GitHub Projects',
  csv: 'Other CSV',
};

/**
 * Where an imported item came from. A re-import matches items by all three fields, and sharing a team
 * merges items by them, so they are plain stable text: the site is an origin such as
 * https://acme.atlassian.net ('' when the export does not say and nobody gave it), the key the product's own
 * (OPS-123, an issue number or URL).
 */
export const ItemSourceSchema = z
  .object({
    product: z.enum(IMPORT_PRODUCTS),
    site: z.string().trim().max(LIMITS.url).default(''),
    key: z.string().trim().min(1).max(LIMITS.url),
  })
  .strict();
export type ItemSource = z.infer<typeof ItemSourceSchema>;

/** Sources looked up as a re-import matches rows to them. */
export interface SourceIndex<T> {
  /** The value of the same product, site and key. */
  exact(source: ItemSource): T | undefined;
  /**
   * The value of the same product and key when one of the two sources has no site, so an export imported
   * once without its site and once with it is one item; undefined when that names more than one.
   */
  siteless(source: ItemSource): T | undefined;
}

export function indexSources<T>(entries: Iterable<readonly [ItemSource, T]>): SourceIndex<T> {
  const bySource = new Map<string, T>();
  const byKey = new Map<string, { site: string; value: T }[]>();
  for (const [source, value] of entries) {
    bySource.set(sourceId(source), value);
    const id = JSON.stringify([source.product, source.key]);
    const sameKey = byKey.get(id);
    if (sameKey) sameKey.push({ site: source.site, value });
    else byKey.set(id, [{ site: source.site, value }]);
  }
  return {
    exact: (source) => bySource.get(sourceId(source)),
    siteless(source) {
      const others = (byKey.get(JSON.stringify([source.product, source.key])) ?? []).filter(
        (o) => o.site !== source.site && (o.site === '' || source.site === ''),
      );
      return others.length === 1 ? others[0]?.value : undefined;
    },
  };
}
