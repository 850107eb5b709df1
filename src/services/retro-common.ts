import { original } from 'immer';
import type { Retro } from '../domain/retro/schema';
import { notFound } from '../domain/shared/errors';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';

/**
 * Applies a pure change to one retro inside a store mutation, so it reads the latest state; a change
 * that throws leaves the file untouched. Answers the retro as stored.
 */
export async function changeRetro(
  ctx: ServiceContext,
  teamId: string,
  retroId: string,
  change: (retro: Retro, team: TeamDoc) => Retro,
): Promise<Retro> {
  const ws = await ctx.store.mutate({ teamId }, (draft) => {
    const team = findTeam(draft.teams, teamId);
    const index = team.retros.findIndex((r) => r.id === retroId);
    const stored = team.retros[index];
    if (!stored) throw notFound('The retro');
    // Pure rules get the stored objects, not drafts: nothing is changed before this point, so the
    // originals are the current state, and no copy of the team is made for each small change.
    const next = change(original(stored) as Retro, original(team) as TeamDoc);
    team.retros[index] = { ...next, updatedAt: ctx.now().toISOString() };
  });
  return findIn(teamOf(ws, teamId).retros, retroId, 'The retro');
}

export function retroOf(ctx: ServiceContext, teamId: string, retroId: string): Retro {
  return findIn(teamOf(ctx.store.snapshot(), teamId).retros, retroId, 'The retro');
}
