import { machineTimeZone } from '../domain/shared/time-zone';
import { defaultTeamSettings } from '../domain/team/defaults';
import { DomainError, invalid, notFound } from '../domain/shared/errors';
import { newId } from '../domain/shared/ids';
import type { Member, TeamSettings } from '../domain/team/schema';
import { TeamSettingsSchema } from '../domain/team/schema';
import { summarizeTeam, type TeamSummary } from '../domain/team/summary';
import { memberNameRefusal } from '../domain/team/member-name';
import { sameName } from '../domain/shared/name-key';
import { TeamDocSchema, type TeamDoc } from '../domain/workspace';
import type { ServiceContext } from './context';
import { findIn, findTeam, teamOf } from './lookup';
import { takeSafetyBackup } from './data-backup-service';
import { quote } from '../domain/shared/words';

export type { TeamSummary };

function assertUniqueName(ctx: ServiceContext, name: string, exceptId?: string): void {
  // One name as the command line and a sync read it (sameName): case, outer spaces and Unicode spelling aside.
  const clash = ctx.store.teamSummaries().some((t) => t.id !== exceptId && sameName(t.name, name));
  if (clash)
    throw new DomainError('conflict', `A team named ${quote(name)} already exists. Pick another name.`, [
      { path: 'name', message: 'This name is taken.' },
    ]);
}

/** Read without reading whole teams: the list is part of every start. */
export function listTeams(ctx: ServiceContext): TeamSummary[] {
  return ctx.store.teamSummaries();
}

/** Reads this team only. */
export function getTeam(ctx: ServiceContext, teamId: string): TeamDoc {
  const team = ctx.store.team(teamId);
  if (!team) throw notFound('The team');
  return team;
}

/**
 * What the app needs to open, in one answer: the team list and the team to show (the one asked for
 * when it still exists, else the first; null when there is no team).
 */
export function openWorkspace(
  ctx: ServiceContext,
  teamId: string | null,
): { teams: TeamSummary[]; team: TeamDoc | null } {
  const teams = listTeams(ctx);
  const first = teams[0];
  const team = (teamId === null ? null : ctx.store.team(teamId)) ?? (first ? ctx.store.team(first.id) : null);
  return { teams, team };
}

export async function createTeam(ctx: ServiceContext, input: { name: string }): Promise<TeamDoc> {
  assertUniqueName(ctx, input.name);
  const id = newId();
  const ws = await ctx.store.mutate('workspace', (draft) => {
    draft.teams.push(
      TeamDocSchema.parse({
        id,
        name: input.name,
        createdAt: ctx.now().toISOString(),
        // Days of imported calendars count in the team's zone; a new team starts in this machine's.
        settings: { ...defaultTeamSettings(newId), timeZone: machineTimeZone() },
      }),
    );
  });
  return teamOf(ws, id);
}

export async function renameTeam(ctx: ServiceContext, input: { teamId: string; name: string }): Promise<TeamSummary> {
  teamOf(ctx.store.snapshot(), input.teamId);
  assertUniqueName(ctx, input.name, input.teamId);
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).name = input.name;
  });
  return summarizeTeam(teamOf(ws, input.teamId));
}

/** The tag of the backup taken just before a team is deleted. */
export const BEFORE_TEAM_DELETE_TAG = 'before-team-delete';

/**
 * Deletes a team, after a backup of the data as it is now: the confirmation promises one, and the periodic
 * backups are taken after a change, so none may hold the team's latest work.
 */
export async function deleteTeam(ctx: ServiceContext, input: { teamId: string }): Promise<{ deleted: string }> {
  teamOf(ctx.store.snapshot(), input.teamId);
  // A read-only store refuses the deletion itself (below), and writes no backup.
  if (!ctx.store.readOnly) await takeSafetyBackup(ctx, BEFORE_TEAM_DELETE_TAG);
  await ctx.store.mutate('workspace', (draft) => {
    draft.teams = draft.teams.filter((t) => t.id !== input.teamId);
  });
  return { deleted: input.teamId };
}

export async function updateTeamSettings(
  ctx: ServiceContext,
  input: { teamId: string; settings: Partial<TeamSettings> },
): Promise<TeamSettings> {
  const current = teamOf(ctx.store.snapshot(), input.teamId).settings;
  const merged = TeamSettingsSchema.safeParse({ ...current, ...input.settings });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    throw invalid(`settings.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'Invalid settings.');
  }
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    findTeam(draft.teams, input.teamId).settings = merged.data;
  });
  return teamOf(ws, input.teamId).settings;
}

export type MemberFields = Omit<Member, 'id'>;

/** Refuses a member name another member of the team has (see memberNameRefusal), on the name field. */
function assertMemberNameFree(members: readonly Member[], name: string, selfId: string | null = null): void {
  const refusal = memberNameRefusal(name, members, selfId);
  if (refusal) throw new DomainError('conflict', refusal, [{ path: 'name', message: refusal }]);
}

export async function addMember(ctx: ServiceContext, input: { teamId: string; member: MemberFields }): Promise<Member> {
  const id = newId();
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    assertMemberNameFree(team.members, input.member.name);
    team.members.push({ id, ...input.member });
  });
  return findIn(teamOf(ws, input.teamId).members, id, 'The member');
}

export async function updateMember(
  ctx: ServiceContext,
  input: { teamId: string; memberId: string; member: Partial<MemberFields> },
): Promise<Member> {
  const ws = await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const { members } = findTeam(draft.teams, input.teamId);
    const member = findIn(members, input.memberId, 'The member');
    // Only a new name is judged: two members stored with one name (before this rule) can still be edited.
    const { name } = input.member;
    if (name !== undefined && !sameName(name, member.name)) assertMemberNameFree(members, name, member.id);
    Object.assign(member, input.member);
  });
  return findIn(teamOf(ws, input.teamId).members, input.memberId, 'The member');
}

export async function removeMember(
  ctx: ServiceContext,
  input: { teamId: string; memberId: string },
): Promise<{ deleted: string }> {
  await ctx.store.mutate({ teamId: input.teamId }, (draft) => {
    const team = findTeam(draft.teams, input.teamId);
    findIn(team.members, input.memberId, 'The member');
    team.members = team.members.filter((m) => m.id !== input.memberId);
  });
  return { deleted: input.memberId };
}
