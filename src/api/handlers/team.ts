import * as teams from '../../services/team-service';
import type { teamContract } from '../contract/team';
import type { HandlersFor } from '../handler-types';
import { teamForScreen } from './screen-view';

export const teamHandlers: HandlersFor<typeof teamContract> = {
  listTeams: (ctx) => teams.listTeams(ctx),
  getTeam: (ctx, input) => teamForScreen(ctx, teams.getTeam(ctx, input.teamId)),
  openWorkspace: (ctx, input) => {
    const opened = teams.openWorkspace(ctx, input.teamId);
    return { ...opened, team: opened.team && teamForScreen(ctx, opened.team) };
  },
  createTeam: (ctx, input) => teams.createTeam(ctx, input),
  renameTeam: (ctx, input) => teams.renameTeam(ctx, input),
  deleteTeam: (ctx, input) => teams.deleteTeam(ctx, input),
  updateTeamSettings: (ctx, input) => teams.updateTeamSettings(ctx, input),
  addMember: (ctx, input) => teams.addMember(ctx, input),
  updateMember: (ctx, input) => teams.updateMember(ctx, input),
  removeMember: (ctx, input) => teams.removeMember(ctx, input),
};
