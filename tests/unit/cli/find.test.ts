import { describe, expect, it } from 'vitest';
import { teamNamed } from '../../../src/cli/find';
import { CliError, EXIT } from '../../../src/cli/exit-codes';
import { emptyWorkspace } from '../../../src/domain/workspace';
import { team } from '../../helpers/fixtures';

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
    expect((refused as CliError).message).toMatch(/2 teams are named "Platform".*rename one of them in the app/);
  });
});
