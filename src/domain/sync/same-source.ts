import { sourceId } from '../imports/source-id';
import type { TeamDoc } from '../workspace';

/**
 * The same ticket imported on two machines is one item: both imports made an item with the same
 * `source {product, site, key}` under ids of their own. Before the merge matches records by id, each such
 * pair takes one id, the smaller of the two, on both sides, so the merge sees one item edited twice rather
 * than two items, and every machine picks the same id whichever side it is on.
 *
 * Ids are random and unique across the team, so an id appears in the team's JSON only where the item is
 * meant (its own record and every reference to it: a sprint's plan, a poker round, a demo slot); the
 * renaming replaces exactly those.
 */
export function unifyImportedItems(
  base: TeamDoc | null,
  mine: TeamDoc,
  theirs: TeamDoc,
): { mine: TeamDoc; theirs: TeamDoc } {
  const inBase = new Set(base?.items.map((i) => i.id) ?? []);
  const theirsBySource = new Map<string, string>();
  for (const item of theirs.items) if (item.source) theirsBySource.set(sourceId(item.source), item.id);
  const renames = new Map<string, string>();
  for (const item of mine.items) {
    if (!item.source) continue;
    const other = theirsBySource.get(sourceId(item.source));
    if (other === undefined || other === item.id || inBase.has(other) || inBase.has(item.id)) continue;
    const [kept, gone] = item.id < other ? [item.id, other] : [other, item.id];
    renames.set(gone, kept);
  }
  if (renames.size === 0) return { mine, theirs };
  return { mine: renamed(mine, renames), theirs: renamed(theirs, renames) };
}

function renamed(team: TeamDoc, renames: ReadonlyMap<string, string>): TeamDoc {
  let text = JSON.stringify(team);
  let changed = false;
  for (const [from, to] of renames) {
    const quoted = JSON.stringify(from);
    if (!text.includes(quoted)) continue;
    text = text.split(quoted).join(JSON.stringify(to));
    changed = true;
  }
  return changed ? (JSON.parse(text) as TeamDoc) : team;
}
