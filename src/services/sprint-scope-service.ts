import { ScopeReasonSchema, type ScopeReason } from '../domain/planning/inputs';
import { checkEditable, removalOf, scopeChange } from '../domain/planning/rules';
import type { Sprint } from '../domain/planning/schema';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { planningUpdate, type PlanningUpdate } from './planning-update';
import { quote } from '../domain/shared/words';

/** Moving items between the backlog and a sprint; after the start every move is a logged scope change. */

type Why = Partial<ScopeReason>;

/** Once a sprint is active a change needs a reason and planned/unplanned; before that it needs neither. */
function reasonFor(sprint: Sprint, why: Why): ScopeReason | null {
  if (sprint.state !== 'active') return null;
  const parsed = ScopeReasonSchema.safeParse({ reason: why.reason ?? '', planned: why.planned });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      String(issue?.path[0] ?? 'reason'),
      `${quote(sprint.name)} has started, so this is a scope change: ${issue?.message ?? 'give a reason.'}`,
    );
  }
  return parsed.data;
}

export async function planItem(
  ctx: ServiceContext,
  input: { teamId: string; sprintId: string; itemId: string } & Why,
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = findIn(team.sprints, input.sprintId, 'The sprint');
  const item = findIn(team.items, input.itemId, 'The item');
  checkEditable(sprint);
  if (item.sprintId === sprint.id) return planningUpdate(ctx.store.snapshot(), input.teamId, { items: [item.id] });
  if (item.status === 'done') throw new DomainError('conflict', `${quote(item.title)} is already done.`);
  const from = item.sprintId ? team.sprints.find((s) => s.id === item.sprintId) : undefined;
  // A planned sprint's item moves over; one dropped at a close leaves its closed sprint (droppedFrom); a running
  // sprint's item is taken out there first, as a logged scope change.
  if (from?.state === 'active') {
    throw new DomainError(
      'conflict',
      `${quote(item.title)} belongs to ${quote(from.name)} (${from.state}); remove it there first.`,
    );
  }
  const why = reasonFor(sprint, input);
  const at = ctx.now().toISOString();
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const i = findIn(t.items, input.itemId, 'The item');
    i.sprintId = input.sprintId;
    i.unplanned = why ? !why.planned : false;
    i.updatedAt = at;
    if (why) {
      findIn(t.sprints, input.sprintId, 'The sprint').scopeChanges.push(
        scopeChange(i, 'added', { before: null, after: i.points }, why, at, newId()),
      );
    }
  });
  return planningUpdate(ws, input.teamId, { sprints: [sprint.id, ...(from ? [from.id] : [])], items: [item.id] });
}

export async function unplanItem(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string } & Why,
): Promise<PlanningUpdate> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const item = findIn(team.items, input.itemId, 'The item');
  if (!item.sprintId) throw new DomainError('conflict', `${quote(item.title)} is not in a sprint.`);
  const sprint = findIn(team.sprints, item.sprintId, 'The sprint');
  checkEditable(sprint);
  const why = reasonFor(sprint, input);
  const at = ctx.now().toISOString();
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    const i = findIn(t.items, input.itemId, 'The item');
    i.sprintId = null;
    i.unplanned = false;
    i.updatedAt = at;
    if (why) {
      // The item as it was in the sprint (`i` is no longer unplanned work): an interrupt leaves at its hours' size.
      const sized = { sprint, settings: t.settings };
      findIn(t.sprints, sprint.id, 'The sprint').scopeChanges.push(removalOf(item, why, at, newId(), sized));
    }
  });
  return planningUpdate(ws, input.teamId, { sprints: [sprint.id], items: [item.id] });
}
