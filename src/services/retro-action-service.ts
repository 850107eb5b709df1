import { compareInstants } from '../domain/planning/calendar';
import { reviewAction } from '../domain/retro/carry-over';
import type { ActionFields, ActionOutcome, Retro, RetroAction } from '../domain/retro/schema';
import { invalid, notFound } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, teamOf } from './lookup';
import { changeRetro } from './retro-common';

type Ref = { teamId: string; retroId: string };

function checkAction(retro: Retro, team: TeamDoc, fields: Partial<ActionFields>): void {
  if (fields.ownerId && !team.members.some((m) => m.id === fields.ownerId)) {
    throw invalid('ownerId', 'The owner is not a member of this team.');
  }
  if (fields.sourceId) {
    const known =
      retro.cards.some((c) => c.id === fields.sourceId) || retro.groups.some((g) => g.id === fields.sourceId);
    if (!known) throw invalid('sourceId', 'The card or topic this action came from is no longer in the retro.');
  }
}

/**
 * The changes without what the action already held that the board or the team has since taken away: an owner
 * who has left the team, a topic grouped or deleted since. The edit form sends them back as they were, and
 * refusing them made the action impossible to save. A new owner or link is still checked.
 */
function withoutLeftovers(action: RetroAction, changes: Partial<ActionFields>): Partial<ActionFields> {
  const out = { ...changes };
  if (out.ownerId !== undefined && out.ownerId === action.ownerId) delete out.ownerId;
  if (out.sourceId !== undefined && out.sourceId === action.sourceId) delete out.sourceId;
  return out;
}

export function addRetroAction(ctx: ServiceContext, input: Ref & { action: ActionFields }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) => {
    checkAction(r, team, input.action);
    const action = {
      ...input.action,
      id: newId(),
      status: 'open' as const,
      reviews: [],
      createdAt: ctx.now().toISOString(),
    };
    return { ...r, actions: [...r.actions, action] };
  });
}

export function updateRetroAction(
  ctx: ServiceContext,
  input: Ref & { actionId: string; changes: Partial<ActionFields> },
): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r, team) => {
    const action = r.actions.find((a) => a.id === input.actionId);
    if (!action) throw notFound('The action');
    const changes = withoutLeftovers(action, input.changes);
    checkAction(r, team, changes);
    return { ...r, actions: r.actions.map((a) => (a === action ? { ...a, ...changes } : a)) };
  });
}

export function deleteRetroAction(ctx: ServiceContext, input: Ref & { actionId: string }): Promise<Retro> {
  return changeRetro(ctx, input.teamId, input.retroId, (r) => {
    if (!r.actions.some((a) => a.id === input.actionId)) throw notFound('The action');
    return { ...r, actions: r.actions.filter((a) => a.id !== input.actionId) };
  });
}

/**
 * Marks an earlier retro's action done, carried over or dropped in this retro, or not reviewed (`outcome` null);
 * answers the earlier retro.
 */
export function reviewRetroAction(
  ctx: ServiceContext,
  input: Ref & { fromRetroId: string; actionId: string; outcome: ActionOutcome | null },
): Promise<Retro> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const current = findIn(team.retros, input.retroId, 'The retro');
  const from = findIn(team.retros, input.fromRetroId, 'The earlier retro');
  if (compareInstants(from.createdAt, current.createdAt) >= 0) {
    throw invalid('fromRetroId', 'Only actions from earlier retros are reviewed here.');
  }
  const at = ctx.now().toISOString();
  return changeRetro(ctx, input.teamId, input.fromRetroId, (r, t) => {
    if (!r.actions.some((a) => a.id === input.actionId)) throw notFound('The action');
    const reviewed = (a: RetroAction) => reviewAction(a, input.retroId, input.outcome, at, t.retros);
    return { ...r, actions: r.actions.map((a) => (a.id === input.actionId ? reviewed(a) : a)) };
  });
}
