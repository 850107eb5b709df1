import { z } from 'zod';
import { IdSchema } from '../../domain/shared/ids';
import {
  MemberFieldsSchema,
  MemberPatchSchema,
  TeamNameInputSchema,
  TeamSettingsPatchSchema,
  type Member,
  type TeamSettings,
} from '../../domain/team/schema';
import type { TeamDoc } from '../../domain/workspace';
import type { TeamSummary } from '../../services/team-service';

export type { TeamSummary };
import { method } from '../define';

export const teamContract = {
  listTeams: method<TeamSummary[]>()(z.object({}).strict()),
  getTeam: method<TeamDoc>()(z.object({ teamId: IdSchema }).strict()),
  /** Start-up in one round trip: the team list and the team to open (teamId if it exists, else the first). */
  openWorkspace: method<{ teams: TeamSummary[]; team: TeamDoc | null }>()(
    z.object({ teamId: IdSchema.nullable().default(null) }).strict(),
  ),
  createTeam: method<TeamDoc>()(z.object({ name: TeamNameInputSchema }).strict()),
  renameTeam: method<TeamSummary>()(z.object({ teamId: IdSchema, name: TeamNameInputSchema }).strict()),
  deleteTeam: method<{ deleted: string }>()(z.object({ teamId: IdSchema }).strict()),
  updateTeamSettings: method<TeamSettings>()(
    z.object({ teamId: IdSchema, settings: TeamSettingsPatchSchema }).strict(),
  ),
  addMember: method<Member>()(z.object({ teamId: IdSchema, member: MemberFieldsSchema }).strict()),
  updateMember: method<Member>()(
    z.object({ teamId: IdSchema, memberId: IdSchema, member: MemberPatchSchema }).strict(),
  ),
  removeMember: method<{ deleted: string }>()(z.object({ teamId: IdSchema, memberId: IdSchema }).strict()),
};
