/** Helpers every feature slice uses to call the api for the open team and fold the answer back. */

/** The id of the open team, taken before a call so that its answer goes back to that team (see patchTeam). */
export function openTeamId(state: { team: { id: string } | null }): string {
  if (!state.team) throw new Error('Pick or create a team first.');
  return state.team.id;
}

/** The list with `value` in place of the entry with its id, or appended; answering twice changes nothing. */
export function upsertById<T extends { id: string }>(list: readonly T[], value: T): T[] {
  return list.some((x) => x.id === value.id) ? list.map((x) => (x.id === value.id ? value : x)) : [...list, value];
}

/** Many saved values at once (an import's part): each replaces its namesake in place, new ones go at the end. */
export function upsertAll<T extends { id: string }>(list: readonly T[], values: readonly T[]): T[] {
  const byId = new Map(values.map((v) => [v.id, v]));
  const replaced = list.map((x) => byId.get(x.id) ?? x);
  const present = new Set(list.map((x) => x.id));
  return [...replaced, ...values.filter((v) => !present.has(v.id))];
}
