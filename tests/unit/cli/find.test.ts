import { describe, expect, it } from 'vitest';
import { sprintNamed, teamNamed } from '../../../src/cli/find';
import { CliError, EXIT } from '../../../src/cli/exit-codes';
import { emptyWorkspace } from '../../../src/domain/workspace';
import { item, member, sprint, team } from '../../helpers/fixtures';

/** The message of the CliError `find` throws, or null when it finds one. */
function refusal(find: () => unknown): string | null {
  try {
    find();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.error);
    return (error as CliError).message;
  }
  return null;
}

describe('teamNamed', () => {
  it('finds a team by name, whatever the case', () => {
    const ops = team('Ops');
    expect(teamNamed({ ...emptyWorkspace(), teams: [team('Platform'), ops] }, ' ops ')).toBe(ops);
  });

  it('refuses a name two teams share (a sync brought one in) instead of picking one', () => {
    const workspace = { ...emptyWorkspace(), teams: [team('Platform'), team('Ops'), team('platform')] };
    const refused = (() => {
      try {
        teamNamed(workspace, 'Platform');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(CliError);
    expect((refused as CliError).exitCode).toBe(EXIT.error);
    expect((refused as CliError).message).toMatch(/2 teams are named “Platform”.*rename one of them in the app/);
  });
});

describe('a name two teams or two sprints share: the refusal says how to tell them apart in the app', () => {
  it('lists each team as the Team screen lists teams (members and items)', () => {
    const platform = team('Platform', { members: [member('Asha Patel')], items: [item('Rotate keys'), item('Patch')] });
    const workspace = { ...emptyWorkspace(), teams: [platform, team('platform')] };
    expect(refusal(() => teamNamed(workspace, 'PLATFORM'))).toBe(
      '2 teams are named “PLATFORM”, so the command cannot tell which one you mean: rename one of them in the app. ' +
        'They are: Platform (1 member, 2 items), platform (0 members, 0 items). Nothing was changed.',
    );
  });

  it('lists each sprint with its days, as the sprint pickers show them', () => {
    const older = sprint({ name: 'Sprint 12', startDate: '2026-11-16', endDate: '2026-11-27' });
    const newer = sprint({ name: 'sprint 12', startDate: '2026-11-30', endDate: '2026-12-11' });
    expect(refusal(() => sprintNamed(team('Platform', { sprints: [older, newer] }), 'Sprint 12'))).toBe(
      '2 sprints of Platform are named “Sprint 12”, so the command cannot tell which one you mean: rename one of ' +
        'them in the app. They are: Sprint 12 (Mon 16 Nov – Fri 27 Nov 2026), sprint 12 (Mon 30 Nov – Fri 11 Dec ' +
        '2026). Nothing was changed.',
    );
  });
});
