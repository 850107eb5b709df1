import { chmodSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { item, itemFields, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository, remoteFile } from '../../helpers/git-remote';
import { execFileSync } from 'node:child_process';
import { cloneFolder } from '../../../src/sync/clone';
import { replica } from '../../helpers/sync-replica';
import { tempDir } from '../../helpers/in-process-api';

/** A command line over a data folder, with the author in its environment. */
function cli(dataDir: string, env: Record<string, string> = {}) {
  const run = captured(dataDir);
  run.io.env = { CADENCE_GIT_AUTHOR: 'Ana', ...env };
  return { ...run, run: (args: string[]) => runCli([...args, '--data-dir', dataDir], run.io) };
}

/** A bare repository whose server declines every push, as GitLab does for a protected main branch. */
function protectedRemote(): string {
  const bare = bareRepository();
  const hook = path.join(bare.path, 'hooks', 'pre-receive');
  writeFileSync(
    hook,
    '#!/bin/sh\necho "GitLab: You are not allowed to push code to protected branches on this project." >&2\nexit 1\n',
  );
  chmodSync(hook, 0o755);
  return bare.path;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('cadence sync: what the remote or the words given refuse', { timeout: 60_000 }, () => {
  it('says why the remote declined a push (a protected branch), not only that it failed', async () => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const remote = protectedRemote();
    const share = cli(a);
    expect(await share.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(6);
    const said = share.err.join('\n');
    expect(said).toContain('You are not allowed to push code to protected branches on this project');
    expect(said).toMatch(/refused the changes/);
    expect(said).not.toMatch(/Cannot send to/);
    // Nothing reached the remote, and the first line says so rather than "Shared".
    expect(share.err[0]).toMatch(/^Platform is set to share with .*, but its first sync did not finish:$/);
    expect(said).not.toMatch(/^Shared /m);
    expect(share.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');
    expect(remoteFile(remote)).toBeNull();
  });

  it('refuses --remote naming another remote than the one the team is shared to, and sends nothing there', async () => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const first = bareRepository();
    const second = bareRepository();
    expect(await cli(a).run(['sync', '--team', 'Platform', '--remote', first.path])).toBe(0);
    const again = cli(a);
    expect(await again.run(['sync', '--team', 'Platform', '--remote', second.path])).toBe(1);
    expect(again.err.join('\n')).toContain(
      `Platform is shared to ${first.path}, not ${second.path}: stop sharing it in Cadence (Data & backups, Sharing) before sharing it elsewhere. Nothing was synced.`,
    );
    expect(remoteFile(second.path)).toBeNull();
    // A folder keeps its case: the same path in other capitals is another remote.
    const capitals = path.join(path.dirname(first.path), 'Team.git');
    const other = cli(a);
    expect(await other.run(['sync', '--team', 'Platform', '--remote', capitals])).toBe(1);
    expect(other.err.join('\n')).toContain(`Platform is shared to ${first.path}, not ${capitals}`);
    // The same remote again is a plain sync.
    const same = cli(a);
    expect(await same.run(['sync', '--team', 'Platform', '--remote', first.path])).toBe(0);
    expect(same.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');
  });

  it('takes the remote a team is shared to, written another way (its host in other capitals, an ssh URL for its scp-like form), as that remote', async () => {
    const a = tempDir('cadence-cli-sync-');
    const platform = team('Platform');
    writeWorkspace(a, [platform]);
    expect(await cli(a).run(['sync', '--team', 'Platform', '--remote', bareRepository().path])).toBe(0);
    vi.stubEnv('GIT_SSH_COMMAND', 'false');
    for (const [sharedTo, typed] of [
      ['git@gitlab.example.com:ops/platform.git', 'git@GitLab.Example.com:ops/platform.git'],
      ['ssh://git@gitlab.example.com/ops/platform.git', 'ssh://git@GitLab.Example.COM/ops/platform'],
      ['git@gitlab.example.com:ops/platform.git', 'ssh://git@gitlab.example.com/ops/platform.git'],
      ['ssh://git@gitlab.example.com/ops/platform.git', 'git@gitlab.example.com:ops/platform.git'],
    ]) {
      // As if shared over ssh; ssh is not run here, so the sync that follows cannot reach the remote.
      execFileSync('git', ['-C', cloneFolder(a, platform.id), 'config', 'remote.origin.url', sharedTo!]);
      const again = cli(a);
      await again.run(['sync', '--team', 'Platform', '--remote', typed!]);
      expect(again.err.join('\n')).not.toContain('is shared to');
      expect(again.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');
    }
  });

  it.each([
    ['an --author of spaces and dots', ['--author', ' .. '], {}],
    ['an --author git cannot take', ['--author', '<>'], {}],
    ['an empty CADENCE_GIT_AUTHOR', [], { CADENCE_GIT_AUTHOR: '' }],
  ])('refuses %s before sharing, and the team stays unshared', async (_, flags, env) => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const remote = bareRepository();
    const bad = cli(a, env);
    expect(await bad.run(['sync', '--team', 'Platform', '--remote', remote.path, ...flags])).toBe(2);
    expect(bad.err.join('\n')).toMatch(/^--author needs a name commits can be made under/);
    expect(bad.err.join('\n')).not.toMatch(/fatal|ident/);
    // Nothing was half-shared: a second try with a good name shares.
    const good = cli(a);
    expect(await good.run(['sync', '--team', 'Platform', '--remote', remote.path, '--author', 'Ana'])).toBe(0);
    expect(good.out.at(-1)).toBe('pulled 0, pushed 1, conflicts 0');
    expect(remoteFile(remote.path)).toContain('Upgrade Postgres');
  });

  it('leaves no new data folder behind when a first join fails', async () => {
    const missing = path.join(tempDir('cadence-cli-sync-'), 'new-machine');
    const join = cli(missing);
    // 7, not 1: an empty remote is refused for what it holds (none), and retrying, which 1 asks for, never helps.
    expect(await join.run(['sync', '--team', 'Platform', '--remote', bareRepository().path])).toBe(7);
    expect(join.err.join('\n')).toMatch(/is empty: share a team to it first/);
    expect(existsSync(missing)).toBe(false);
  });

  it('leaves a folder that was there before alone when a join into it fails', async () => {
    const yours = tempDir('cadence-cli-sync-');
    writeFileSync(path.join(yours, 'my-notes.txt'), 'keep me');
    const join = cli(yours);
    expect(await join.run(['sync', '--team', 'Platform', '--remote', bareRepository().path])).toBe(1);
    expect(existsSync(path.join(yours, 'my-notes.txt'))).toBe(true);
  });

  it('the app path: a share under a name git refuses is refused before a clone is made', async () => {
    const machine = await replica();
    const { id: teamId } = await machine.api.createTeam({ name: 'Ops' });
    const remote = bareRepository();
    await expect(machine.engine.share({ teamId, remote: remote.path, author: '...' })).rejects.toThrow(
      /Give a name commits can be made under/,
    );
    expect(machine.engine.isShared(teamId)).toBe(false);
    const shared = await machine.engine.share({ teamId, remote: remote.path, author: 'Ana' });
    expect(shared.state).toBe('in_sync');
  });

  it('a clone an older Cadence left with an empty author syncs as Cadence instead of failing every time', async () => {
    const machine = await replica();
    const { id: teamId } = await machine.api.createTeam({ name: 'Ops' });
    const remote = bareRepository();
    await machine.engine.share({ teamId, remote: remote.path, author: 'Ana' });
    execFileSync('git', ['config', 'cadence.author', ''], { cwd: cloneFolder(machine.dataDir, teamId) });
    await machine.api.createItem({ teamId, item: itemFields('Rotate certs') });
    const outcome = await machine.engine.sync(teamId);
    expect(outcome).toMatchObject({ state: 'in_sync', pushed: 1, message: null });
    expect(remoteFile(remote.path)).toContain('Rotate certs');
  });
});
