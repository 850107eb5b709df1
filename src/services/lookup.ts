import { isDraft, original, type Draft } from 'immer';
import { notFound } from '../domain/shared/errors';
import { freezeDeep } from '../domain/shared/freeze-deep';
import type { TeamDoc, Workspace } from '../domain/workspace';

type Teams = Workspace['teams'] | Draft<Workspace>['teams'];

/** Finds a team by id in a snapshot or a draft, or throws a not_found error a person can read. */
export function findTeam<T extends Teams>(teams: T, teamId: string): T[number] {
  const team = (teams as readonly T[number][]).find((t) => t.id === teamId);
  if (!team) throw notFound('The team');
  return team;
}

/**
 * The list an immer draft was made from, or the list itself when it is not a draft. Every element read
 * from a draft becomes a draft of its own (10,000 for a large backlog); reading the original makes
 * none. It does not hold what this recipe already changed in the list.
 */
export function originalList<T>(list: readonly T[]): readonly T[] {
  return isDraft(list) ? (original(list as unknown as Draft<unknown[]>) as readonly T[]) : list;
}

/**
 * A list made from the original one (see originalList) to put back into the draft. It is frozen: immer
 * then takes it as it is, where it would walk all of its entries (10,000 items of a large backlog) for
 * drafts the list cannot hold. Changing it later in the same recipe still works (through a draft).
 * Frozen deep: a team read from its file is not frozen until the store settles, and a list frozen on
 * its own would make immer and the settling skip the records in it, so that every later write encoded
 * them afresh (~35 ms of host CPU per change for 10,000 items). Records frozen already cost a check each.
 */
export function replacementList<T>(list: T[]): T[] {
  freezeDeep(list);
  return list;
}

export function findIn<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const base = originalList(list);
  if (base !== list) {
    // Find the place in the original list, then take that one element. A list already changed in this
    // recipe may hold another element there, and an element added in it is not in the original: both
    // fall through to the search below.
    const at = base.findIndex((x) => x.id === id);
    const there = at < 0 ? undefined : list[at];
    if (there?.id === id) return there;
  }
  const found = list.find((x) => x.id === id);
  if (!found) throw notFound(what);
  return found;
}

export function teamOf(workspace: Workspace, teamId: string): TeamDoc {
  return findTeam(workspace.teams, teamId);
}
