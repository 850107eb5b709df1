import type { Sprint } from '../domain/planning/schema';
import { sameName } from '../domain/shared/name-key';
import type { TeamDoc, Workspace } from '../domain/workspace';
import { CliError, EXIT } from './exit-codes';

/**
 * The team a command names (case does not matter), or undefined when there is none. Two teams of one name
 * (a sync from an older Cadence could bring one in) are refused, never one picked in silence.
 */
export function teamNamedIfAny(workspace: Workspace, name: string): TeamDoc | undefined {
  const teams = workspace.teams.filter((t) => sameName(t.name, name));
  if (teams.length > 1) {
    throw new CliError(
      EXIT.error,
      `${teams.length} teams are named "${name}", so the command cannot tell which one you mean: rename one of them in the app.`,
    );
  }
  return teams[0];
}

/** The team a command names (see teamNamedIfAny), or an error that lists the teams there are. */
export function teamNamed(workspace: Workspace, name: string): TeamDoc {
  const team = teamNamedIfAny(workspace, name);
  if (team) return team;
  const names = workspace.teams.map((t) => t.name);
  throw new CliError(EXIT.error, `There is no team named "${name}". Teams: ${names.join(', ') || 'none yet'}.`);
}

/**
 * The team's sprint a command names, or an error that lists the team's sprints. Two sprints of one name (written
 * before the app refused that, or brought together by a sync) are refused, never one picked in silence.
 */
export function sprintNamed(team: TeamDoc, name: string): Sprint {
  const sprints = team.sprints.filter((s) => sameName(s.name, name));
  if (sprints.length > 1) {
    throw new CliError(
      EXIT.error,
      `${sprints.length} sprints of ${team.name} are named "${name}", so the command cannot tell which one you mean: rename one of them in the app.`,
    );
  }
  const sprint = sprints[0];
  if (sprint) return sprint;
  const names = team.sprints.map((s) => s.name);
  throw new CliError(
    EXIT.error,
    `${team.name} has no sprint named "${name}". Sprints: ${names.join(', ') || 'none yet'}.`,
  );
}

/** The team's member a command names. */
export function memberNamed(team: TeamDoc, name: string): TeamDoc['members'][number] {
  const member = team.members.find((m) => sameName(m.name, name));
  if (member) return member;
  throw new CliError(
    EXIT.error,
    `${team.name} has no member named "${name}". Members: ${team.members.map((m) => m.name).join(', ') || 'none yet'}.`,
  );
}
