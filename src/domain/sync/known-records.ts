import type { TeamDoc } from '../workspace';
import { deepEqual } from './canonical';
import { isPlainObject } from '../shared/plain-object';

/**
 * A remote team file as read, set against the team this machine holds: a record of a top-level collection
 * that is the same data as the local record with its id is the local (already valid) object; only the rest
 * needs the schema. Most of a 2.8 MB team is unchanged between two syncs, and comparing is cheaper than
 * validating (the team schema has no rule across records).
 */
export interface KnownRecords {
  /** The file's team with the known records left out: what the schema still has to check. */
  probe: Record<string, unknown>;
  /** The whole team again from the checked probe: known records back in their places, as the local objects. */
  restore(checked: TeamDoc): TeamDoc;
}

type Entry = Record<string, unknown>;

function idOf(value: unknown): string | null {
  return isPlainObject(value) && typeof value.id === 'string' ? value.id : null;
}

export function knownRecords(raw: Record<string, unknown>, known: TeamDoc): KnownRecords {
  const probe: Record<string, unknown> = { ...raw };
  /** Per collection: at each of the file's places, the local record, or null where the schema decides. */
  const places = new Map<string, (Entry | null)[]>();
  for (const [field, list] of Object.entries(raw)) {
    const local = (known as unknown as Record<string, unknown>)[field];
    if (!Array.isArray(list) || !Array.isArray(local)) continue;
    const byId = new Map<string, Entry>();
    for (const record of local) {
      const id = idOf(record);
      if (id !== null) byId.set(id, record as Entry);
    }
    if (byId.size === 0) continue;
    const at = list.map((record: unknown) => {
      const id = idOf(record);
      const mine = id === null ? undefined : byId.get(id);
      return mine && deepEqual(record, mine) ? mine : null;
    });
    places.set(field, at);
    probe[field] = list.filter((_, i) => at[i] === null);
  }
  return {
    probe,
    restore(checked) {
      const team: Record<string, unknown> = { ...checked };
      for (const [field, at] of places) {
        const fresh = [...((checked as unknown as Record<string, unknown[]>)[field] ?? [])].reverse();
        team[field] = at.map((mine) => mine ?? fresh.pop());
      }
      return team as unknown as TeamDoc;
    },
  };
}
