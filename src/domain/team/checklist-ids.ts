import type { BacklogItem } from '../backlog/schema';
import { IdSchema } from '../shared/ids';
import { LIMITS } from '../shared/text';
import type { TeamDoc } from '../workspace';
import type { ChecklistEntry } from './schema';

/**
 * Each Definition of Ready or Done entry is told apart by its id: an item's tick names one, and the Team screen
 * moves and removes entries by it (two entries of one id are removed together). A save of entries sharing an id
 * is refused (TeamSettingsPatchSchema); a file that holds such entries (hand-edited, or saved before the
 * refusal) is repaired as it is read, by withUniqueChecklistIds.
 */

/** The first id two entries share, or null when each has its own. */
export function sharedChecklistId(entries: readonly ChecklistEntry[]): string | null {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) return entry.id;
    seen.add(entry.id);
  }
  return null;
}

/** The longest id the schema takes. */
const ID_LENGTH = IdSchema.maxLength ?? 64;

/** An id made from `id` that `taken` does not hold, the same one for the same list every time: "dor-1~2". */
function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `~${n}`;
    const candidate = `${id.slice(0, ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The entries with each later holder of a shared id given an id of its own, and which ids were given for which. */
function uniqueEntries(entries: readonly ChecklistEntry[]): {
  entries: ChecklistEntry[];
  given: Map<string, string[]>;
} {
  const taken = new Set(entries.map((e) => e.id));
  const seen = new Set<string>();
  const given = new Map<string, string[]>();
  const out = entries.map((entry) => {
    if (!seen.has(entry.id)) {
      seen.add(entry.id);
      return entry;
    }
    const id = freshId(entry.id, taken);
    taken.add(id);
    // Only a ticked-by-hand entry is named by items' ticks; an automatic one reads the item itself.
    if (entry.rule === null) given.set(entry.id, [...(given.get(entry.id) ?? []), id]);
    return { ...entry, id };
  });
  return { entries: out, given };
}

/**
 * The team with every Definition of Ready and Done entry under an id of its own; the same team (the same object)
 * when each has one already. Nothing is lost: every entry stays, in its place, with its text and its automatic
 * check; an item's tick of a shared id was a tick of every entry that shared it, so the item ticks each new id
 * too, and is exactly as ready as before. The new ids follow from the list, so each read gives the same ones.
 */
export function withUniqueChecklistIds<T extends TeamDoc>(team: T): T {
  const { definitionOfReady, definitionOfDone } = team.settings;
  if (sharedChecklistId(definitionOfReady) === null && sharedChecklistId(definitionOfDone) === null) return team;
  const ready = uniqueEntries(definitionOfReady);
  const done = uniqueEntries(definitionOfDone);
  const manual = new Set(ready.entries.filter((e) => e.rule === null).map((e) => e.id));
  const withTicks = (item: BacklogItem): BacklogItem => {
    const added = item.readyChecks.flatMap((id) => ready.given.get(id) ?? []);
    if (added.length === 0) return item;
    let readyChecks = [...item.readyChecks, ...added.filter((id) => !item.readyChecks.includes(id))];
    // Ticks of entries deleted since are leftovers no screen shows: dropped only if the list would be too long.
    if (readyChecks.length > LIMITS.checklist) readyChecks = readyChecks.filter((id) => manual.has(id));
    return { ...item, readyChecks };
  };
  return {
    ...team,
    settings: { ...team.settings, definitionOfReady: ready.entries, definitionOfDone: done.entries },
    items: ready.given.size === 0 ? team.items : team.items.map(withTicks),
  };
}
