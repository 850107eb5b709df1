/** Helpers every feature slice uses to call the api for the open team and fold the answer back. */

import { keepUnchanged } from './keep-unchanged';

/** The id of the open team, taken before a call so that its answer goes back to that team (see patchTeam). */
export function openTeamId(state: { team: { id: string } | null }): string {
  if (!state.team) throw new Error('Pick or create a team first.');
  return state.team.id;
}

/**
 * The list with `value` in place of the entry with its id, or appended; answering twice changes nothing.
 * The parts of `value` equal to the entry's keep the entry's objects, and an answer equal to the entry
 * gives back the list itself: an answer that confirms what is shown renders nothing again.
 */
export function upsertById<T extends { id: string }>(list: T[], value: T): T[] {
  // One search and at most one copy: a team's items are 10,000 objects, and every board move lands here.
  const at = list.findIndex((x) => x.id === value.id);
  // concat and slice, not spread: they copy 10,000 items in one step rather than one by one.
  if (at < 0) return list.concat([value]);
  const entry = list[at] as T;
  const kept = keepUnchanged(entry, value);
  if (kept === entry) return list;
  const next = list.slice();
  next[at] = kept;
  return next;
}

/** A copy of the list with `change` applied to the entry with this id, if there is one. */
export function updateById<T extends { id: string }>(list: readonly T[], id: string, change: (value: T) => T): T[] {
  const at = list.findIndex((x) => x.id === id);
  const next = list.slice();
  if (at >= 0) next[at] = change(next[at] as T);
  return next;
}

/** Many saved values at once (an import's part): each replaces its namesake in place, new ones go at the end. */
export function upsertAll<T extends { id: string }>(list: readonly T[], values: readonly T[]): T[] {
  const byId = new Map(values.map((v) => [v.id, v]));
  const replaced = list.map((x) => byId.get(x.id) ?? x);
  const present = new Set(list.map((x) => x.id));
  return [...replaced, ...values.filter((v) => !present.has(v.id))];
}
