import * as teams from '../../services/team-service';
import type { teamContract } from '../contract/team';
import type { HandlersFor } from '../handler-types';

export const teamHandlers: HandlersFor<typeof teamContract> = {
  listTeams: (ctx) => teams.listTeams(ctx),
  getTeam: (ctx, input) => teams.getTeam(ctx, input.teamId),
  openWorkspace: (ctx, input) => teams.openWorkspace(ctx, input.teamId),
  createTeam: (ctx, input) => teams.createTeam(ctx, input),
  renameTeam: (ctx, input) => teams.renameTeam(ctx, input),
  deleteTeam: (ctx, input) => teams.deleteTeam(ctx, input),
  updateTeamSettings: (ctx, input) => teams.updateTeamSettings(ctx, input),
  addMember: (ctx, input) => teams.addMember(ctx, input),
  updateMember: (ctx, input) => teams.updateMember(ctx, input),
  removeMember: (ctx, input) => teams.removeMember(ctx, input),
};
