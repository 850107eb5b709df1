import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured, cliOver } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository, remoteFile, serveOverHttp, type GitHttpServer } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

const TOKEN = 'glpat-CANARY-exit-3141';
const servers: GitHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function httpRemote(): Promise<{ bare: string; server: GitHttpServer }> {
  const bare = bareRepository();
  const server = await serveOverHttp(bare.root, TOKEN);
  servers.push(server);
  return { bare: bare.path, server };
}

const cli = (dataDir: string, token?: string) =>
  cliOver(dataDir, { CADENCE_GIT_AUTHOR: 'Ana', ...(token === undefined ? {} : { CADENCE_GIT_TOKEN: token }) });

/**
 * A script tells "try again later" (1: the remote could not be reached) from "someone must act" (6: the remote
 * refused the token), by the exit code alone.
 */
describe(
  'cadence sync: a remote that cannot be reached exits 1, one that refuses the token exits 6',
  { timeout: 60_000 },
  () => {
    it('a shared team: 1 while the remote is down, 6 once it answers and refuses the token, 0 with a good one', async () => {
      const { bare, server } = await httpRemote();
      const a = tempDir('cadence-cli-sync-exit-');
      writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
      expect(await cli(a, TOKEN).run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(0);

      await server.close();
      const down = cli(a, TOKEN);
      expect(await down.run(['sync', '--team', 'Platform'])).toBe(1);
      expect(down.err.join('\n')).toMatch(/^Cannot reach http:\/\/127\.0\.0\.1:\d+\/team\.git: /);

      const port = Number(new URL(server.url).port);
      servers.push(await serveOverHttp(path.dirname(bare), TOKEN, port));
      const revoked = cli(a, 'glpat-REVOKED-7');
      expect(await revoked.run(['sync', '--team', 'Platform'])).toBe(6);
      expect(revoked.err.join('\n')).toMatch(/did not accept the token/);
      expect(revoked.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');

      expect(await cli(a, TOKEN).run(['sync', '--team', 'Platform'])).toBe(0);
    });

    it('sharing and joining with a token the remote refuses exit 6, and share or join nothing', async () => {
      const { bare, server } = await httpRemote();
      const a = tempDir('cadence-cli-sync-exit-');
      writeWorkspace(a, [team('Platform', { items: [item('Upgrade Postgres')] })]);
      const share = cli(a, 'glpat-WRONG-1');
      expect(await share.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);
      expect(share.err.join('\n')).toMatch(/did not accept the token/);
      expect(remoteFile(bare)).toBeNull();
      // No token at all is refused the same way.
      expect(await cli(a).run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);

      expect(await cli(a, TOKEN).run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(0);
      const b = path.join(tempDir('cadence-cli-sync-exit-'), 'new-machine');
      const join = cli(b, 'glpat-WRONG-2');
      expect(await join.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(6);
      expect(join.err.join('\n')).toMatch(/did not accept the token/);
    });

    it('sharing to a remote that is not there exits 1', async () => {
      const { server } = await httpRemote();
      await server.close();
      const a = tempDir('cadence-cli-sync-exit-');
      writeWorkspace(a, [team('Platform')]);
      const share = cli(a, TOKEN);
      expect(await share.run(['sync', '--team', 'Platform', '--remote', server.url])).toBe(1);
      expect(share.err.join('\n')).toMatch(/^Cannot reach http:\/\/127\.0\.0\.1:\d+\/team\.git: /);
    });

    it('help for sync lists 6 beside 1, and the full help lists it for sync only', async () => {
      const one = captured(tempDir('cadence-cli-help-'));
      expect(await runCli(['help', 'sync'], one.io)).toBe(0);
      const lines = one.out.join('\n').split('\n');
      expect(lines).toContainEqual(expect.stringMatching(/^ {2}6 {2}the remote refused access/));
      expect(lines).toContainEqual(expect.stringMatching(/^ {2}1 {2}error/));
      const all = captured(tempDir('cadence-cli-help-'));
      expect(await runCli(['help'], all.io)).toBe(0);
      expect(all.out.join('\n')).toMatch(/^ {2}6 {2}sync: the remote refused access/m);
      const imports = captured(tempDir('cadence-cli-help-'));
      expect(await runCli(['help', 'import', 'backlog'], imports.io)).toBe(0);
      expect(imports.out.join('\n')).not.toMatch(/^ {2}6 /m);
    });
  },
);
