import { screenRetro, screenRound, screenTeam } from '../../domain/room/redact';
import type { Retro } from '../../domain/retro/schema';
import { DomainError } from '../../domain/shared/errors';
import type { TeamDoc } from '../../domain/workspace';
import type { PlanningUpdate } from '../../services/planning-update';
import type { HandlerContext } from '../handler-types';

type Service<I, O> = (ctx: HandlerContext, input: I) => Promise<O> | O;

/** Hidden means hidden on the shared screen too: answers carry retros, rounds and teams as the room sees them. */
/**
 * Who of this team is in the room right now. Whose dots were placed from a device is the retro's own record
 * (`dottedOnDevice`, src/domain/room/redact.ts), which outlives a Remove, a Close room and a restart.
 */
export const inRoom = (ctx: HandlerContext, teamId: string) => (memberId: string) =>
  ctx.room?.hasJoined(teamId, memberId) ?? false;

export const retroForScreen =
  <I extends { teamId: string }>(service: Service<I, Retro>) =>
  async (ctx: HandlerContext, input: I): Promise<Retro> =>
    screenRetro(await service(ctx, input), inRoom(ctx, input.teamId));

export const updateForScreen =
  <I, O extends PlanningUpdate>(service: Service<I, O>) =>
  async (ctx: HandlerContext, input: I): Promise<O> => {
    const update = await service(ctx, input);
    return { ...update, rounds: update.rounds.map(screenRound) };
  };

export const teamForScreen = (ctx: HandlerContext, team: TeamDoc): TeamDoc => screenTeam(team, inRoom(ctx, team.id));

/** While a member is in the room from their own device, the shared screen cannot vote or write for them. */
export function refuseJoined(ctx: HandlerContext, teamId: string, memberId: string | null | undefined): void {
  if (!memberId || !ctx.room?.hasJoined(teamId, memberId)) return;
  const name = ctx.store
    .snapshot()
    .teams.find((t) => t.id === teamId)
    ?.members.find((m) => m.id === memberId)?.name;
  throw new DomainError(
    'conflict',
    `${name ?? 'This person'} is in the room on their own device: they vote and write there, not on the shared screen.`,
  );
}
