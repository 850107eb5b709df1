import type { Draft } from 'immer';
import { notFound } from '../domain/shared/errors';
import type { TeamDoc, Workspace } from '../domain/workspace';

type Teams = Workspace['teams'] | Draft<Workspace>['teams'];

/** Finds a team by id in a snapshot or a draft, or throws a not_found error a person can read. */
export function findTeam<T extends Teams>(teams: T, teamId: string): T[number] {
  const team = (teams as readonly T[number][]).find((t) => t.id === teamId);
  if (!team) throw notFound('The team');
  return team;
}

export function findIn<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw notFound(what);
  return found;
}

export function teamOf(workspace: Workspace, teamId: string): TeamDoc {
  return findTeam(workspace.teams, teamId);
}
