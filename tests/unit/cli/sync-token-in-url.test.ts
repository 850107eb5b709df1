import { describe, expect, it } from 'vitest';
import { cliOver } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

/**
 * A script author pastes the clone URL with its token (`https://oauth2:TOKEN@host/…`), as GitLab's examples show.
 * Cadence refuses it, and must say where a command takes its token (CADENCE_GIT_TOKEN), not the app's "token
 * field", which no one at a terminal has.
 */
describe('cadence sync: a token in --remote', { timeout: 60_000 }, () => {
  it.each([
    ['a user name and token', 'https://oauth2:glpat-CANARY-77@gitlab.example/ops/platform.git'],
    ['a query', 'https://gitlab.example/ops/platform.git?private_token=glpat-CANARY-77'],
  ])('with %s is refused in the command line’s words, naming CADENCE_GIT_TOKEN', async (_what, remote) => {
    const dir = tempDir('cadence-cli-sync-token-url-');
    writeWorkspace(dir, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const run = cliOver(dir, { CADENCE_GIT_AUTHOR: 'Ana' });
    expect(await run.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(1);
    const said = run.err.join('\n');
    expect(said).toMatch(/CADENCE_GIT_TOKEN/);
    expect(said).not.toMatch(/token field/);
    expect(said).not.toContain('glpat-CANARY-77');
    expect(run.out).toEqual([]);
  });

  it('says the same when the team is shared already and the --remote given holds a token', async () => {
    const dir = tempDir('cadence-cli-sync-token-url-');
    writeWorkspace(dir, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const first = cliOver(dir, { CADENCE_GIT_AUTHOR: 'Ana' });
    expect(await first.run(['sync', '--team', 'Platform', '--remote', bareRepository().path])).toBe(0);
    const run = cliOver(dir, { CADENCE_GIT_AUTHOR: 'Ana' });
    const remote = 'https://oauth2:glpat-CANARY-78@gitlab.example/ops/platform.git';
    expect(await run.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(1);
    expect(run.err.join('\n')).toMatch(/CADENCE_GIT_TOKEN/);
    expect(run.err.join('\n')).not.toMatch(/token field/);
  });
});
