import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliOver, retitleFirstItem } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository, remoteFile } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

const cli = cliOver;

/** Who made the remote's last commit, as its history shows it. */
function lastAuthor(repo: string): string {
  return execFileSync('git', ['--git-dir', repo, 'log', '-1', '--format=%an|%cn', 'main'], {
    encoding: 'utf8',
  }).trim();
}

/** A folder with the team Platform, shared by `Ana` to a new bare repository. */
async function sharedByAna(): Promise<{ dir: string; remote: string }> {
  const dir = tempDir('cadence-cli-sync-author-');
  writeWorkspace(dir, [team('Platform', { items: [item('Upgrade Postgres')] })]);
  const remote = bareRepository().path;
  expect(await cli(dir).run(['sync', '--team', 'Platform', '--remote', remote, '--author', 'Ana'])).toBe(0);
  expect(lastAuthor(remote)).toBe('Ana|Ana');
  return { dir, remote };
}

describe('cadence sync: --author on a team shared already', { timeout: 60_000 }, () => {
  it('makes later commits under a new --author, says so once, and keeps it when no author is given', async () => {
    const { dir, remote } = await sharedByAna();

    await retitleFirstItem(dir, 'Upgrade Postgres to 17');
    const renamed = cli(dir);
    expect(await renamed.run(['sync', '--team', 'Platform', '--author', 'Bo'])).toBe(0);
    expect(lastAuthor(remote)).toBe('Bo|Bo');
    expect(renamed.err).toEqual(['Commits for Platform are now made under “Bo” (they were made under “Ana”).']);
    expect(renamed.out.at(-1)).toBe('pulled 0, pushed 1, conflicts 0');

    // Without --author (nor CADENCE_GIT_AUTHOR) the name kept stays, and nothing is said about it.
    await retitleFirstItem(dir, 'Upgrade Postgres to 18');
    const plain = cli(dir);
    expect(await plain.run(['sync', '--team', 'Platform'])).toBe(0);
    expect(lastAuthor(remote)).toBe('Bo|Bo');
    expect(plain.err).toEqual([]);

    // The same name again changes nothing and says nothing.
    await retitleFirstItem(dir, 'Upgrade Postgres to 19');
    const same = cli(dir);
    expect(await same.run(['sync', '--team', 'Platform', '--author', 'Bo'])).toBe(0);
    expect(same.err).toEqual([]);
    expect(lastAuthor(remote)).toBe('Bo|Bo');
  });

  it('takes CADENCE_GIT_AUTHOR as the new name too', async () => {
    const { dir, remote } = await sharedByAna();
    await retitleFirstItem(dir, 'Upgrade Postgres to 17');
    const byEnv = cli(dir, { CADENCE_GIT_AUTHOR: 'Cy (on-call laptop)' });
    expect(await byEnv.run(['sync', '--team', 'Platform'])).toBe(0);
    expect(lastAuthor(remote)).toBe('Cy (on-call laptop)|Cy (on-call laptop)');
    expect(byEnv.err).toEqual([
      'Commits for Platform are now made under “Cy (on-call laptop)” (they were made under “Ana”).',
    ]);
  });

  it('keeps the name when the same run is refused (another remote, or a name git cannot take)', async () => {
    const { dir, remote } = await sharedByAna();
    const elsewhere = cli(dir);
    const other = bareRepository().path;
    expect(await elsewhere.run(['sync', '--team', 'Platform', '--remote', other, '--author', 'Bo'])).toBe(1);
    expect(elsewhere.err.join('\n')).toMatch(/^Platform is shared to .*Nothing was synced\.$/);
    const unusable = cli(dir);
    expect(await unusable.run(['sync', '--team', 'Platform', '--author', '<>'])).toBe(2);
    expect(unusable.err.join('\n')).toMatch(/^--author needs a name commits can be made under/);

    await retitleFirstItem(dir, 'Upgrade Postgres to 17');
    expect(await cli(dir).run(['sync', '--team', 'Platform'])).toBe(0);
    expect(lastAuthor(remote)).toBe('Ana|Ana');
  });
});

describe('cadence sync: a relative --remote path', { timeout: 60_000 }, () => {
  it('takes a relative path from the current folder, as git does, to share, sync and join', async () => {
    const a = tempDir('cadence-cli-sync-relative-');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const bare = bareRepository('platform.git');
    const relative = path.relative(process.cwd(), bare.path);
    expect(path.isAbsolute(relative)).toBe(false);

    const share = cli(a, { CADENCE_GIT_AUTHOR: 'Ana' });
    expect(await share.run(['sync', '--team', 'Platform', '--remote', relative])).toBe(0);
    expect(share.err).toEqual([`Shared Platform to ${bare.path}.`]);
    expect(share.out.at(-1)).toBe('pulled 0, pushed 1, conflicts 0');
    expect(remoteFile(bare.path)).toContain('Upgrade Postgres');

    // The same remote, typed relatively again (with ./ and a trailing slash), is a plain sync, not "another remote".
    const again = cli(a, { CADENCE_GIT_AUTHOR: 'Ana' });
    expect(await again.run(['sync', '--team', 'Platform', '--remote', `./${relative}/`])).toBe(0);
    expect(again.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');

    const b = tempDir('cadence-cli-sync-relative-b-');
    const join = cli(b, { CADENCE_GIT_AUTHOR: 'Bo' });
    expect(await join.run(['sync', '--team', 'Platform', '--remote', relative])).toBe(0);
    expect(join.err).toEqual([`Joined Platform from ${bare.path}.`]);
  });

  it.each([
    ['a leading “-”', '--remote=-uecho', /A remote cannot start with “-”\./],
    ['git’s other transports', 'ext::sh -c touch% /tmp/pwned', /git’s other transports \(“…::”\) are refused/],
    ['a file:// URL', 'file:///srv/git/team.git', /rather than a file:\/\/ URL/],
    ['a token in the URL', 'https://ana:glpat-X@example.com/team.git', /holds a user name or token/],
    ['plain http off this machine', 'http://example.com/team.git', /Plain http would send/],
  ])('still refuses %s, and shares nothing', async (_, remote, message) => {
    const a = tempDir('cadence-cli-sync-relative-');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const run = cli(a, { CADENCE_GIT_AUTHOR: 'Ana' });
    const args = remote.startsWith('--remote=') ? [remote] : ['--remote', remote];
    expect(await run.run(['sync', '--team', 'Platform', ...args])).toBe(1);
    expect(run.err.join('\n')).toMatch(message);
    // Still not shared: a plain sync asks for a remote.
    const plain = cli(a, { CADENCE_GIT_AUTHOR: 'Ana' });
    expect(await plain.run(['sync', '--team', 'Platform'])).toBe(1);
    expect(plain.err.join('\n')).toMatch(/not shared yet: give --remote/);
  });
});
