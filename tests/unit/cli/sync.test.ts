import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdAsDesktopApp } from '../../helpers/app-lock';
import { cliOver, retitleFirstItem } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository, remoteFile, serveOverHttp, type GitHttpServer } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';

const TOKEN = 'glpat-CANARY-cli-2718';
const servers: GitHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** Gives the first item of the folder's first team a description, as an edit in the app would. */
async function describeFirstItem(dataDir: string, description: string): Promise<void> {
  const store = await openWorkspaceStore({ dataDir });
  await store.mutate({ teamId: store.snapshot().teams[0]!.id }, (draft) => {
    draft.teams[0]!.items[0]!.description = description;
  });
  await store.close();
}

/** A command line over a data folder, with the token and author in its environment. */
function cli(dataDir: string, env: Record<string, string> = {}) {
  return cliOver(dataDir, { CADENCE_GIT_AUTHOR: 'Ana', ...env });
}

describe('cadence sync', { timeout: 60_000 }, () => {
  it('refuses a --team name two teams share instead of sharing one of them', async () => {
    const dir = tempDir('cadence-cli-sync-twins-');
    writeWorkspace(dir, [team('Platform'), team('platform')]);
    const bare = bareRepository();
    const run = cli(dir);
    expect(await run.run(['sync', '--team', 'Platform', '--remote', bare.path])).toBe(1);
    expect(run.err.join('\n')).toMatch(/2 teams are named “Platform”.*rename one of them in the app/);
    expect(remoteFile(bare.path)).toBeNull();
  });

  it('shares, joins and syncs over http with the token from CADENCE_GIT_TOKEN; conflicts exit 3, named', async () => {
    const bare = bareRepository();
    const server = await serveOverHttp(bare.root, TOKEN);
    servers.push(server);
    const a = tempDir('cadence-cli-sync-a-');
    // The second machine has no data folder yet: joining starts one.
    const b = path.join(tempDir('cadence-cli-sync-b-'), 'new-machine');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const env = { CADENCE_GIT_TOKEN: TOKEN };

    const share = cli(a, env);
    expect(await share.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(0);
    expect(share.out.at(-1)).toBe('pulled 0, pushed 1, conflicts 0');
    const join = cli(b, env);
    expect(await join.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(0);
    expect(join.out.at(-1)).toBe('pulled 1, pushed 0, conflicts 0');

    await retitleFirstItem(a, 'Title from A');
    await retitleFirstItem(b, 'Title from B');
    expect(await cli(a, env).run(['sync', '--team', 'Platform'])).toBe(0);
    const held = cli(b, env);
    expect(await held.run(['sync', '--team', 'Platform'])).toBe(3);
    expect(held.out).toContainEqual(
      expect.stringMatching(/^conflict: Item .*, Title: mine “Title from B”, theirs “Title from A”/),
    );
    expect(held.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 1');
    expect(remoteFile(bare.path)).toContain('Title from A');
    for (const line of [...share.out, ...share.err, ...join.out, ...join.err, ...held.out, ...held.err]) {
      expect(line).not.toContain(TOKEN);
    }
  });

  it('prints each conflict on one line, a value’s line breaks shown as \\n, so a script reads one per line', async () => {
    const bare = bareRepository();
    const a = tempDir('cadence-cli-sync-a-');
    const b = path.join(tempDir('cadence-cli-sync-b-'), 'new-machine');
    writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    expect(await cli(a).run(['sync', '--team', 'Platform', '--remote', bare.path])).toBe(0);
    expect(await cli(b).run(['sync', '--team', 'Platform', '--remote', bare.path])).toBe(0);
    await describeFirstItem(a, 'Steps:\n1. drain\r\n2. upgrade');
    await describeFirstItem(b, 'Plan:\nfail over first');
    expect(await cli(a).run(['sync', '--team', 'Platform'])).toBe(0);
    const held = cli(b);
    expect(await held.run(['sync', '--team', 'Platform'])).toBe(3);
    expect(held.out).toEqual([
      expect.stringMatching(
        /^conflict: Item .*, Description: mine “Plan:\\nfail over first”, theirs “Steps:\\n1\. drain\\r\\n2\. upgrade” \(.+\)$/,
      ),
      'pulled 0, pushed 0, conflicts 1',
    ]);
  });

  it('says when a sync brought a new team name from another machine, and the --team later runs need', async () => {
    const bare = bareRepository();
    const a = tempDir('cadence-cli-sync-a-');
    const b = path.join(tempDir('cadence-cli-sync-b-'), 'new-machine');
    writeWorkspace(a, [team('Platform')]);
    expect(await cli(a).run(['sync', '--team', 'Platform', '--remote', bare.path])).toBe(0);
    expect(await cli(b).run(['sync', '--team', 'Platform', '--remote', bare.path])).toBe(0);
    const store = await openWorkspaceStore({ dataDir: a });
    await store.mutate({ teamId: store.snapshot().teams[0]!.id }, (draft) => {
      draft.teams[0]!.name = 'Platform Ops';
    });
    await store.close();
    expect(await cli(a).run(['sync', '--team', 'Platform Ops'])).toBe(0);

    const renamed = cli(b);
    expect(await renamed.run(['sync', '--team', 'Platform'])).toBe(0);
    expect(renamed.out).toEqual([
      'note: Platform was renamed to “Platform Ops” on another machine: give --team "Platform Ops" from now on.',
      'pulled 1, pushed 0, conflicts 0',
    ]);
  });

  it('says the remote refused the credentials without the token, when it is wrong', async () => {
    const bare = bareRepository();
    const server = await serveOverHttp(bare.root, TOKEN);
    servers.push(server);
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform')]);
    const wrong = cli(a, { CADENCE_GIT_TOKEN: 'glpat-WRONG-1' });
    expect(await wrong.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);
    expect(wrong.err.join('\n')).toMatch(/http:\/\/127\.0\.0\.1:\d+\/team\.git did not accept the token/);
    expect(wrong.err.join('\n')).not.toContain('glpat-WRONG-1');
  });

  it('says how to give a token on the command line (CADENCE_GIT_TOKEN) when the remote wants one or refuses it', async () => {
    const bare = bareRepository();
    const server = await serveOverHttp(bare.root, TOKEN);
    servers.push(server);
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform')]);
    const advice = 'a token with read and write access to the repository, then run the command again.';
    const given = `Set CADENCE_GIT_TOKEN to ${advice}`;
    const none = `No token was given: set CADENCE_GIT_TOKEN to ${advice}`;

    // Sharing with no token set, then with a wrong one: nothing is shared.
    const first = cli(a);
    expect(await first.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);
    expect(first.err).toEqual([expect.stringMatching(/did not accept the token \(.*\)\. /)]);
    expect(first.err[0]?.slice(-none.length)).toBe(none);
    const wrong = cli(a, { CADENCE_GIT_TOKEN: 'glpat-WRONG-1' });
    expect(await wrong.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);
    expect(wrong.err[0]?.slice(-given.length)).toBe(given);

    // Shared; a later run without the token, or with a revoked one, is told the same, not to press an app button.
    expect(await cli(a, { CADENCE_GIT_TOKEN: TOKEN }).run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(
      0,
    );
    const later = cli(a);
    expect(await later.run(['sync', '--team', 'Platform'])).toBe(6);
    expect(later.err).toEqual([expect.stringMatching(/did not accept the token \(.*\)\. /)]);
    expect(later.err[0]?.slice(-none.length)).toBe(none);
    expect(later.out).toEqual(['pulled 0, pushed 0, conflicts 0']);
    const revoked = cli(a, { CADENCE_GIT_TOKEN: 'glpat-REVOKED-2' });
    expect(await revoked.run(['sync', '--team', 'Platform'])).toBe(6);
    expect(revoked.err[0]?.slice(-given.length)).toBe(given);
    for (const line of [...first.err, ...wrong.err, ...later.err, ...revoked.err]) {
      expect(line).not.toContain('Replace the token');
      expect(line).not.toMatch(/glpat-/);
    }
  });

  it('waits for the app: exit 4 while it holds the data folder', async () => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform')]);
    holdAsDesktopApp(a);
    const locked = cli(a);
    expect(await locked.run(['sync', '--team', 'Platform', '--remote', bareRepository().path])).toBe(4);
    expect(locked.err.join('\n')).toMatch(
      /Cadence is open on this folder .*: close it and try again\. Nothing was changed\./,
    );
  });

  it('asks for a remote when the team is not shared yet', async () => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform')]);
    const plain = cli(a);
    expect(await plain.run(['sync', '--team', 'Platform'])).toBe(1);
    expect(plain.err.join('\n')).toMatch(/not shared yet: give --remote/);
  });

  it('lists the teams there are when --team names none of them and no --remote is given (a typo, not a join)', async () => {
    const a = tempDir('cadence-cli-sync-');
    writeWorkspace(a, [team('Platform'), team('Network')]);
    const typo = cli(a);
    expect(await typo.run(['sync', '--team', 'Platfrom'])).toBe(1);
    expect(typo.err).toEqual([
      'There is no team named “Platfrom” here. Teams: Platform, Network. Check --team, or give --remote URL|PATH to join a team from its remote.',
    ]);
    expect(typo.out).toEqual([]);
  });

  it('refuses a data folder that is not there without --remote, and creates nothing', async () => {
    const missing = path.join(tempDir('cadence-cli-sync-'), 'typo');
    const run = cli(missing);
    expect(await run.run(['sync', '--team', 'Platform'])).toBe(1);
    expect(run.err.join('\n')).toContain(`There is no data folder at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});
