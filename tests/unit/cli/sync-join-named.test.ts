import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOver } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

describe('cadence sync: joining the team --team names', { timeout: 60_000 }, () => {
  it('refuses to join a remote holding another team than --team names, and joins it by its own name', async () => {
    const a = tempDir('cadence-cli-sync-named-');
    writeWorkspace(a, [team('Payments', { items: [item('Rotate HSM keys')] })]);
    const remote = bareRepository().path;
    expect(
      await cliOver(a, { CADENCE_GIT_AUTHOR: 'Ana' }).run(['sync', '--team', 'Payments', '--remote', remote]),
    ).toBe(0);

    // A script's typo: a new machine's run must not join "Payments" as if it were "Platfrom".
    const b = path.join(tempDir('cadence-cli-sync-named-b-'), 'new-machine');
    const typo = cliOver(b, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await typo.run(['sync', '--team', 'Platfrom', '--remote', remote])).toBe(1);
    expect(typo.err.join('\n')).toContain('The remote holds the team “Payments”, not “Platfrom”: nothing was joined.');
    // Nothing was started: no data folder, so the next run starts clean.
    expect(existsSync(b)).toBe(false);

    // The same name in another case is the same team.
    const right = cliOver(b, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await right.run(['sync', '--team', 'payments', '--remote', remote])).toBe(0);
    expect(right.err).toEqual([`Joined Payments from ${remote}.`]);
    expect(readdirSync(path.join(b, 'sync')).filter((n) => n.startsWith('.joining-'))).toEqual([]);
  });
});
