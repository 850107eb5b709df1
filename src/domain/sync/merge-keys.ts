import type { ItemSource } from '../imports/source';
import { sourceId } from '../imports/source-id';
import { isPlainObject } from '../shared/plain-object';

/**
 * How the merge sees each part of a team, by path pattern ('*' stands for one entity's merge key or a
 * record's key): which collections match records by a natural key instead of an id, which values only
 * make sense whole (a frozen commitment, a running timer), and which objects are records keyed by name.
 * Everything else is matched field by field, and a list of records with ids is matched by id.
 */

type KeyOf = (entry: Record<string, unknown>) => string;

const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Records without an id: their natural key (the schemas say which fields make one). */
const NATURAL_KEYS: Readonly<Record<string, KeyOf>> = {
  /** A poker vote: one per member in a round. */
  'estimationRounds/*/votes': (v) => str(v.memberId),
  /** A dot vote: one per voter and target. */
  'retros/*/votes': (v) => `${str(v.voterId)}+${str(v.targetId)}`,
  'retros/*/notes': (n) => str(n.targetId),
  'retros/*/actions/*/reviews': (r) => str(r.retroId),
  deletedSources: (s) => sourceId(s as unknown as ItemSource),
};

/** Values that are kept or replaced whole: merging their fields would make something nobody wrote. */
const WHOLE = new Set([
  /** A poker vote's card and value go together. */
  'estimationRounds/*/votes/*',
  'items/*/source',
  'sprints/*/commitment',
  'sprints/*/result',
  'standups/*/timer',
  'standups/*/summary',
  'retros/*/timers/*',
  'reviews/*/slots/*/blocks/*',
]);

/** Objects whose keys are data (a retro's timers by phase), not fields. */
const RECORDS = new Set(['retros/*/timers']);

/** "Last changed" stamps: when both sides changed a record, both edits stand, and so does the later time. */
const LATEST = new Set(['items/*/updatedAt', 'retros/*/updatedAt', 'reviews/*/updatedAt']);

/** Fields that go with another field of their record: one decision (on that field's key) settles both. */
const DECIDED_WITH: Readonly<Record<string, string>> = {
  'items/*/statusChangedAt': 'status',
  'items/*/completedAt': 'status',
};

export function isLatest(pattern: string): boolean {
  return LATEST.has(pattern);
}

export function decidedWith(pattern: string): string | undefined {
  return DECIDED_WITH[pattern];
}

export function isWhole(pattern: string): boolean {
  return WHOLE.has(pattern);
}

export function isRecord(pattern: string): boolean {
  return RECORDS.has(pattern);
}

/** The merge key of each entry of the list at `pattern`, or null when the list is one value. */
export function keyOfList(pattern: string, lists: readonly (readonly unknown[])[]): KeyOf | null {
  const natural = NATURAL_KEYS[pattern];
  if (natural) return natural;
  const all = lists.flat();
  if (all.length > 0 && all.every((e) => isPlainObject(e) && typeof e.id === 'string')) return (e) => e.id as string;
  return null;
}

/** A list of plain values (labels, ready checks, people who stay) merges as a set. */
export function isValueSet(lists: readonly (readonly unknown[])[]): boolean {
  return lists.every((l) => l.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)));
}
