import type { z } from 'zod';
import { BacklogItemSchema, type BacklogItem, type ItemStatus } from '../domain/backlog/schema';
import { unplannedItemPoints } from '../domain/board/buffer';
import { activeSprintOf } from '../domain/board/cards';
import type { InterruptFieldsSchema } from '../domain/board/interrupt';
import type { Sprint } from '../domain/planning/schema';
import { DomainError, invalid } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import { decimalText } from '../domain/shared/words';
import { describeScale, isOnScale } from '../domain/team/scales';
import type { TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { setItemStatus } from './item-status';
import { findIn, findTeam, teamOf } from './lookup';
import { quote } from '../domain/shared/words';

function requireActiveSprint(team: TeamDoc): Sprint {
  const sprint = activeSprintOf(team.sprints);
  if (!sprint) {
    throw new DomainError('conflict', 'There is no active sprint. Start one on the Planning screen first.');
  }
  return sprint;
}

/** A card of the active sprint, or a clear refusal. */
function boardCard(team: TeamDoc, itemId: string): BacklogItem {
  const sprint = requireActiveSprint(team);
  const item = findIn(team.items, itemId, 'The card');
  if (item.sprintId !== sprint.id)
    throw new DomainError('conflict', `${quote(item.title)} is not in the active sprint.`);
  return item;
}

async function saveItem(
  ctx: ServiceContext,
  teamId: string,
  itemId: string,
  change: (item: BacklogItem, at: string, team: { sprints: readonly Sprint[] }) => void,
): Promise<BacklogItem> {
  const ws = await ctx.store.mutate({ teamId }, (draft) => {
    const team = findTeam(draft.teams, teamId);
    const item = findIn(team.items, itemId, 'The card');
    const at = ctx.now().toISOString();
    change(item, at, team);
    item.updatedAt = at;
  });
  return findIn(teamOf(ws, teamId).items, itemId, 'The card');
}

/** Moves a card to another column (see setItemStatus). */
export async function moveBoardCard(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string; status: ItemStatus },
): Promise<BacklogItem> {
  const item = boardCard(teamOf(ctx.store.snapshot(), input.teamId), input.itemId);
  if (item.status === input.status) return item;
  return saveItem(ctx, input.teamId, input.itemId, (card, at, team) => setItemStatus(team, card, input.status, at));
}

export async function setCardBlocked(
  ctx: ServiceContext,
  input: { teamId: string; itemId: string; blocked: boolean },
): Promise<BacklogItem> {
  const item = boardCard(teamOf(ctx.store.snapshot(), input.teamId), input.itemId);
  // Reaching Done unblocks a card (setItemStatus), so a blocked Done card would be a state nothing else makes.
  if (input.blocked && item.status === 'done') {
    throw new DomainError(
      'conflict',
      `${quote(item.title)} is done, so it cannot be blocked. Move it back to a column still in progress first.`,
    );
  }
  return saveItem(ctx, input.teamId, input.itemId, (card) => {
    card.blocked = input.blocked;
  });
}

/**
 * Adds unplanned work to the active sprint: an in-progress item marked unplanned with its interrupt
 * details, logged as an unplanned scope change so the burndown marks it.
 */
export async function logInterrupt(
  ctx: ServiceContext,
  input: { teamId: string; interrupt: z.output<typeof InterruptFieldsSchema> },
): Promise<{ item: BacklogItem; sprint: Sprint }> {
  const team = teamOf(ctx.store.snapshot(), input.teamId);
  const sprint = requireActiveSprint(team);
  const f = input.interrupt;
  if (f.takenBy && !team.members.some((m) => m.id === f.takenBy)) {
    throw invalid('interrupt.takenBy', 'The person who took it is no longer on the team; pick someone else.');
  }
  const scale = team.settings.pointScale;
  if (f.points !== null && !isOnScale(scale, f.points)) {
    throw invalid('interrupt.points', `${f.points} is not on this team's point scale (${describeScale(scale)}).`);
  }
  const at = ctx.now().toISOString();
  const item = BacklogItemSchema.parse({
    id: newId(),
    title: f.title,
    type: f.type,
    points: f.points,
    labels: ['interrupt'],
    status: 'in_progress',
    sprintId: sprint.id,
    unplanned: true,
    interrupt: { key: f.key, severity: f.severity, hours: f.hours, takenBy: f.takenBy, loggedAt: at },
    ownerId: f.takenBy,
    statusChangedAt: at,
    createdAt: at,
    updatedAt: at,
  });
  // Sized as the buffer counts it everywhere (interrupt hours converted at the sprint's rate).
  const size = unplannedItemPoints(item, sprint, team.settings);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const t = findTeam(draft.teams, input.teamId);
    t.items.push(item);
    findIn(t.sprints, sprint.id, 'The sprint').scopeChanges.push({
      id: newId(),
      at,
      itemId: item.id,
      title: item.title,
      kind: 'added',
      pointsBefore: null,
      pointsAfter: size,
      reason: [`Interrupt ${f.severity.toUpperCase()}`, f.key, f.hours !== null ? `${decimalText(f.hours)} h` : '']
        .filter(Boolean)
        .join(' · '),
      planned: false,
    });
  });
  const saved = teamOf(ws, input.teamId);
  return { item: findIn(saved.items, item.id, 'The item'), sprint: findIn(saved.sprints, sprint.id, 'The sprint') };
}
