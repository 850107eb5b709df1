import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cliOver, retitleFirstItem } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

/** Who made the remote's last commit. */
const lastAuthor = (repo: string) =>
  execFileSync('git', ['--git-dir', repo, 'log', '-1', '--format=%an', 'main'], { encoding: 'utf8' }).trim();

/**
 * A CI job in a container runs as a bare uid (`docker run --user 1001`) that the system has no name for: Node's
 * os.userInfo() throws there. `cadence sync` must still sync, not stop with "uv_os_get_passwd returned ENOENT".
 */
describe('cadence sync run as a user the system has no name for', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const nameless = () =>
    vi.spyOn(os, 'userInfo').mockImplementation(() => {
      throw new Error('A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)');
    });

  it('syncs a team shared already, and shares one under the name in USER, or as Cadence', async () => {
    const dir = tempDir('cadence-cli-sync-nameless-');
    writeWorkspace(dir, [team('Platform', { items: [item('Upgrade Postgres')] }), team('Network')]);
    const remote = bareRepository().path;
    expect(await cliOver(dir).run(['sync', '--team', 'Platform', '--remote', remote, '--author', 'Ana'])).toBe(0);

    nameless();
    await retitleFirstItem(dir, 'Upgrade Postgres to 17');
    const plain = cliOver(dir);
    expect(await plain.run(['sync', '--team', 'Platform'])).toBe(0);
    expect(plain.err).toEqual([]);
    expect(plain.out.at(-1)).toBe('pulled 0, pushed 1, conflicts 0');
    expect(lastAuthor(remote)).toBe('Ana');

    const withUser = bareRepository().path;
    const shareAs = cliOver(dir, { USER: 'runner' });
    expect(await shareAs.run(['sync', '--team', 'Network', '--remote', withUser])).toBe(0);
    expect(lastAuthor(withUser)).toBe('runner (Cadence)');
  });

  it('shares as Cadence when not even USER names the user', async () => {
    const dir = tempDir('cadence-cli-sync-nameless-');
    writeWorkspace(dir, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    nameless();
    const remote = bareRepository().path;
    const share = cliOver(dir);
    expect(await share.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(0);
    expect(lastAuthor(remote)).toBe('Cadence');
  });
});
