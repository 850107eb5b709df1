import type { TeamDoc } from '../workspace';
import type { KeepSide, SyncConflict } from './model';
import { deepEqual, definedKeys } from './canonical';
import { isPlainObject } from '../shared/plain-object';
import { entityLabel, entityName, fieldLabel, valueText, type Owner } from './conflict-labels';
import { decidedWith, isLatest, isRecord, isValueSet, isWhole, keyOfList } from './merge-keys';
import { mergeOrder } from './merge-order';

/**
 * The three-way merge of plain data, field by field and record by record. `undefined` as base means no
 * common ancestor (a first sync, or a record both sides added): then only additions merge silently.
 * At an undecided conflict the result holds MINE, so nothing is lost while the facilitator decides.
 */

export interface MergeState {
  decisions: ReadonlyMap<string, KeepSide>;
  conflicts: SyncConflict[];
  notes: string[];
  /** This machine's team, for names in labels. */
  mine: TeamDoc;
}

/** Where the merge is: the conflict key's segments, the pattern ('*' for keys) and the entities above. */
export interface Where {
  key: readonly string[];
  pattern: readonly string[];
  owners: readonly Owner[];
}

export const ROOT: Where = { key: [], pattern: [], owners: [] };

function child(where: Where, field: string, star = false): Where {
  return { ...where, key: [...where.key, field], pattern: [...where.pattern, star ? '*' : field] };
}

export function conflictKey(where: Where): string {
  if (where.key.length === 1) return `team/${where.key[0]}`;
  const sibling = decidedWith(where.pattern.join('/'));
  return (sibling ? [...where.key.slice(0, -1), sibling] : where.key).join('/');
}

/** The side a decision names, or (undecided) a recorded conflict and MINE. */
export function decide(state: MergeState, key: string, describe: () => Omit<SyncConflict, 'key'>): KeepSide {
  const decided = state.decisions.get(key);
  if (decided) return decided;
  // Fields decided together share a key: the facilitator is asked once.
  if (!state.conflicts.some((c) => c.key === key)) state.conflicts.push({ key, ...describe() });
  return 'mine';
}

function conflict(state: MergeState, where: Where, mine: unknown, theirs: unknown): unknown {
  const side = decide(state, conflictKey(where), () => ({
    entity: entityLabel(where.owners, where.key[0] ?? '', state.mine),
    field: fieldLabel(where.pattern.filter((p) => p !== '*').at(-1) ?? ''),
    mine: valueText(mine),
    theirs: valueText(theirs),
  }));
  return side === 'mine' ? mine : theirs;
}

export function mergeValue(state: MergeState, where: Where, base: unknown, mine: unknown, theirs: unknown): unknown {
  const pattern = where.pattern.join('/');
  if (decidedWith(pattern)) {
    // A field that goes with another (a status's times) takes the side that field's decision took.
    const key = conflictKey(where);
    const side = state.decisions.get(key) ?? (state.conflicts.some((c) => c.key === key) ? 'mine' : undefined);
    if (side) return side === 'mine' ? mine : theirs;
  }
  if (!isWhole(pattern)) {
    // Objects and keyed lists are merged part by part (one walk of the data, no comparison of whole trees).
    if (isPlainObject(mine) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
      return mergeObject(state, where, base, mine, theirs, isRecord(pattern));
    }
    if (Array.isArray(mine) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
      const keyOf = keyOfList(pattern, [base ?? [], mine, theirs]);
      if (keyOf) return mergeList(state, where, base ?? [], mine, theirs, keyOf);
    }
  }
  if (deepEqual(mine, theirs)) return mine;
  if (deepEqual(base, mine)) return theirs;
  if (deepEqual(base, theirs)) return mine;
  if (isLatest(pattern) && typeof mine === 'string' && typeof theirs === 'string') {
    return mine > theirs ? mine : theirs;
  }
  if (
    !isWhole(pattern) &&
    Array.isArray(mine) &&
    Array.isArray(theirs) &&
    (base === undefined || Array.isArray(base))
  ) {
    if (isValueSet([base ?? [], mine, theirs])) return mergeSet(base ?? [], mine, theirs);
  }
  return conflict(state, where, mine, theirs);
}

function mergeObject(
  state: MergeState,
  where: Where,
  base: Record<string, unknown> | undefined,
  mine: Record<string, unknown>,
  theirs: Record<string, unknown>,
  keysAreData: boolean,
): Record<string, unknown> {
  const fields = new Set([...definedKeys(mine), ...definedKeys(theirs), ...(base ? definedKeys(base) : [])]);
  // Mine's field order first, so an unchanged entity keeps its shape.
  const order = [...Object.keys(mine), ...[...fields].filter((f) => !(f in mine))].filter((k) => fields.has(k));
  const merged = new Map<string, unknown>();
  // Fields that follow another field's decision are merged after it.
  const follows = (k: string) => decidedWith([...where.pattern, k].join('/')) !== undefined;
  for (const k of [...order.filter((k) => !follows(k)), ...order.filter(follows)]) {
    merged.set(k, mergeValue(state, child(where, k, keysAreData), base?.[k], mine[k], theirs[k]));
  }
  const out: Record<string, unknown> = {};
  for (const k of order) if (merged.get(k) !== undefined) out[k] = merged.get(k);
  return out;
}

/** Plain values as a set: what either side added is in, what either side removed is out. */
function mergeSet(base: readonly unknown[], mine: readonly unknown[], theirs: readonly unknown[]): unknown[] {
  const removedByMine = base.filter((v) => !mine.includes(v));
  const addedByMine = mine.filter((v) => !base.includes(v));
  const out = theirs.filter((v) => !removedByMine.includes(v));
  for (const v of addedByMine) if (!out.includes(v)) out.push(v);
  return out;
}

type Entry = Record<string, unknown>;

function byKey(list: readonly unknown[], keyOf: (e: Entry) => string): Map<string, Entry> {
  return new Map(list.filter(isPlainObject).map((e) => [keyOf(e), e]));
}

function mergeList(
  state: MergeState,
  where: Where,
  base: readonly unknown[],
  mine: readonly unknown[],
  theirs: readonly unknown[],
  keyOf: (e: Entry) => string,
): unknown[] {
  const b = byKey(base, keyOf);
  const m = byKey(mine, keyOf);
  const t = byKey(theirs, keyOf);
  const collection = where.pattern.join('/');
  const merged = new Map<string, unknown>();
  for (const key of new Set([...m.keys(), ...t.keys()])) {
    const be = b.get(key);
    const me = m.get(key);
    const te = t.get(key);
    if (be && !me && te) {
      // Deleted here: gone, unless the other machine changed it since.
      if (!deepEqual(be, te)) {
        merged.set(key, te);
        state.notes.push(
          `${entityName(collection, te, state.mine)} was deleted on this machine and changed on the other: it is back, with that change.`,
        );
      }
      continue;
    }
    if (be && me && !te) {
      if (!deepEqual(be, me)) {
        merged.set(key, me);
        state.notes.push(
          `${entityName(collection, me, state.mine)} was deleted on the other machine and changed on this one: it is kept, with this change.`,
        );
      }
      continue;
    }
    const inner: Where = {
      key: [...where.key, key],
      pattern: [...where.pattern, '*'],
      owners: [...where.owners, { collection, mine: me, theirs: te }],
    };
    merged.set(key, me && te ? mergeEntry(state, inner, be, me, te) : (me ?? te));
  }
  const order = mergeOrder([...b.keys()], [...m.keys()], [...t.keys()], new Set(merged.keys()));
  return order.map((k) => merged.get(k));
}

/** Most records are the same on both sides: compare them whole before going field by field. */
function mergeEntry(state: MergeState, where: Where, base: Entry | undefined, mine: Entry, theirs: Entry): unknown {
  if (deepEqual(mine, theirs)) return mine;
  if (base && deepEqual(base, mine)) return theirs;
  if (base && deepEqual(base, theirs)) return mine;
  return mergeValue(state, where, base, mine, theirs);
}
