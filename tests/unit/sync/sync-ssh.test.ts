import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Git } from '../../../src/sync/git';
import { itemFields } from '../../helpers/fixtures';
import { bareRepository, remoteFile } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';
import { replica } from '../../helpers/sync-replica';

/**
 * An `ssh` first on PATH that logs how git called it and runs the remote's command here, against the bare
 * repository on this machine (no network): git's own ssh transport end to end, as with a GitLab ssh remote.
 * `refuse` answers as a server that does not know the key.
 */
function fakeSsh(refuse = false): { env: NodeJS.ProcessEnv; log: string } {
  const dir = tempDir('cadence-ssh-');
  const log = path.join(dir, 'ssh.log');
  const program = path.join(dir, 'ssh');
  writeFileSync(
    program,
    refuse
      ? `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\necho 'git@git.example.test: Permission denied (publickey).' >&2\nexit 255\n`
      : `#!/bin/sh\nprintf '%s\\n' "$*" >> "${log}"\nfor last; do :; done\nexec sh -c "$last"\n`,
  );
  chmodSync(program, 0o755);
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` };
  delete env.GIT_SSH_COMMAND;
  delete env.GIT_SSH;
  return { env, log };
}

const overSsh = async (env: NodeJS.ProcessEnv) =>
  replica({ git: new Git({ askpassDir: tempDir('cadence-askpass-'), env }) });

describe('a team shared through an ssh remote', { timeout: 60_000 }, () => {
  it.each([
    ['an ssh:// URL', (repo: string) => `ssh://git@git.example.test${repo}`],
    ['scp-like git@host:path', (repo: string) => `git@git.example.test:${repo}`],
  ])('shares, joins and syncs through %s, with ssh never asking anything', async (_kind, address) => {
    const bare = bareRepository();
    const { env, log } = fakeSsh();
    const a = await overSsh(env);
    const teamId = (await a.api.createTeam({ name: 'Platform' })).id;
    const itemId = (await a.api.createItem({ teamId, item: itemFields('Upgrade Postgres') })).id;
    const remote = address(bare.path);
    expect(await a.engine.share({ teamId, remote, author: 'Ana' })).toMatchObject({ state: 'in_sync', pushed: 1 });
    const b = await overSsh(env);
    expect(await b.engine.join({ remote, author: 'Bo' })).toMatchObject({ teamId, state: 'in_sync', pulled: 1 });
    await b.api.updateItem({ teamId, itemId, changes: { title: 'Upgrade Postgres to 17' } });
    expect(await b.engine.sync(teamId)).toMatchObject({ state: 'in_sync', pushed: 1 });
    expect(await a.engine.sync(teamId)).toMatchObject({ state: 'in_sync', pulled: 1 });
    expect(a.team(teamId).items.map((i) => i.title)).toEqual(['Upgrade Postgres to 17']);
    expect(remoteFile(bare.path)).toContain('Upgrade Postgres to 17');
    // Every call went through ssh to the named host, in batch mode: a passphrase prompt fails at once.
    const calls = readFileSync(log, 'utf8').trim().split('\n');
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const call of calls) {
      expect(call).toContain('-o BatchMode=yes');
      expect(call).toMatch(/git@git\.example\.test git-(upload|receive)-pack '/);
    }
    expect(await b.engine.settings(teamId)).toMatchObject({ remote });
  });

  it('says what ssh said when the server refuses the key, and keeps the team as it was', async () => {
    const bare = bareRepository();
    const b = await overSsh(fakeSsh(true).env);
    const teamIdB = (await b.api.createTeam({ name: 'Network' })).id;
    await expect(
      b.engine.share({ teamId: teamIdB, remote: `git@git.example.test:${bare.path}`, author: 'Bo' }),
    ).rejects.toThrow(
      /git@git\.example\.test:\S+ did not accept this machine’s ssh key \(.*Permission denied \(publickey\).*then try again\.$/,
    );
    expect(b.engine.isShared(teamIdB)).toBe(false);
    expect(b.team(teamIdB).name).toBe('Network');
    expect(remoteFile(bare.path)).toBeNull();
  });
});
