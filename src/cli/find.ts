import type { Sprint } from '../domain/planning/schema';
import { formatDayRange } from '../domain/shared/dates';
import { sameName } from '../domain/shared/name-key';
import { decimalPlural, plural } from '../domain/shared/words';
import type { TeamDoc, Workspace } from '../domain/workspace';
import { CliError, EXIT } from './exit-codes';
import { quote } from '../domain/shared/words';

/**
 * The refusal of a name several records share (`several`: "2 teams are"). The command line names teams, sprints and
 * members by name only, so it never picks one in silence: it says what to do and how the app shows each, to tell
 * them apart there.
 */
function sharedName(several: string, name: string, rename: string, each: readonly string[]): CliError {
  return new CliError(
    EXIT.error,
    `${several} named ${quote(name)}, so the command cannot tell which one you mean: rename one of them ${rename}. They are: ${each.join(', ')}. Nothing was changed.`,
  );
}

/**
 * The team a command names (case does not matter), or undefined when there is none. Two teams of one name
 * (a sync from an older Cadence could bring one in) are refused, never one picked in silence.
 */
export function teamNamedIfAny(workspace: Workspace, name: string): TeamDoc | undefined {
  const teams = workspace.teams.filter((t) => sameName(t.name, name));
  if (teams.length > 1) {
    // As the Team screen's list of teams shows them.
    const each = teams.map(
      (t) => `${t.name} (${plural(t.members.length, 'member')}, ${plural(t.items.length, 'item')})`,
    );
    throw sharedName(`${teams.length} teams are`, name, 'in the app', each);
  }
  return teams[0];
}

/** "Teams: Platform, Network." (or "none yet"): what a command says after a team name it did not find. */
export function teamsThere(workspace: Workspace): string {
  return `Teams: ${workspace.teams.map((t) => t.name).join(', ') || 'none yet'}.`;
}

/** The team a command names (see teamNamedIfAny), or an error that lists the teams there are. */
export function teamNamed(workspace: Workspace, name: string): TeamDoc {
  const team = teamNamedIfAny(workspace, name);
  if (team) return team;
  throw new CliError(EXIT.error, `There is no team named ${quote(name)}. ${teamsThere(workspace)}`);
}

/**
 * The team's sprint a command names, or an error that lists the team's sprints. Two sprints of one name (written
 * before the app refused that, or brought together by a sync) are refused, never one picked in silence.
 */
export function sprintNamed(team: TeamDoc, name: string): Sprint {
  const sprints = team.sprints.filter((s) => sameName(s.name, name));
  if (sprints.length > 1) {
    const each = sprints.map((s) => `${s.name} (${formatDayRange(s.startDate, s.endDate, { withYear: true })})`);
    throw sharedName(`${sprints.length} sprints of ${team.name} are`, name, 'in the app', each);
  }
  const sprint = sprints[0];
  if (sprint) return sprint;
  const names = team.sprints.map((s) => s.name);
  throw new CliError(
    EXIT.error,
    `${team.name} has no sprint named ${quote(name)}. Sprints: ${names.join(', ') || 'none yet'}.`,
  );
}

/**
 * The team's member a command names, or an error that lists the team's members. Two members of one name (added
 * before the app refused that, or brought together by a sync) are refused, never one picked in silence: there is
 * no other way to name a member on the command line, so the message says to rename one.
 */
export function memberNamed(team: TeamDoc, name: string): TeamDoc['members'][number] {
  const members = team.members.filter((m) => sameName(m.name, name));
  if (members.length > 1) {
    // As the Team screen's table shows them (its Role and Hours per day columns), in its order.
    const each = members.map(
      (m) => `${m.name} (${m.role || 'no role'}, ${decimalPlural(m.hoursPerDay, 'hour')} a day)`,
    );
    const rename =
      'in the app (Team screen: Edit, then add an initial or a surname) and run the command again with its new name';
    throw sharedName(`${members.length} members of ${team.name} are`, name, rename, each);
  }
  const member = members[0];
  if (member) return member;
  throw new CliError(
    EXIT.error,
    `${team.name} has no member named ${quote(name)}. Members: ${team.members.map((m) => m.name).join(', ') || 'none yet'}.`,
  );
}
