import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { captured, cliOver } from '../../helpers/cli-io';
import { item, team, writeWorkspace } from '../../helpers/fixtures';
import { bareRepository, pushFile, remoteFile } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

const cli = (dataDir: string) => cliOver(dataDir, { CADENCE_GIT_AUTHOR: 'Ana' });

/** A team shared to a bare repository from a new data folder. */
async function sharedPlatform(): Promise<{ dataDir: string; remote: string }> {
  const remote = bareRepository().path;
  const dataDir = tempDir('cadence-cli-sync-refused-');
  writeWorkspace(dataDir, [team('Platform', { items: [item('Upgrade Postgres')] })]);
  expect(await cli(dataDir).run(['sync', '--team', 'Platform', '--remote', remote])).toBe(0);
  return { dataDir, remote };
}

/**
 * A remote whose team file Cadence will not take (damaged, from a newer Cadence) needs someone to act on the
 * remote or on this machine; a script tells it from "try again later" (1) and from a refused token (6) by its code.
 */
describe('cadence sync: a remote file Cadence refuses exits 7 and says what to do', { timeout: 60_000 }, () => {
  it('a damaged team file on the remote: exit 7, what to do on stderr, the figures line; with the good file back it syncs', async () => {
    const { dataDir, remote } = await sharedPlatform();
    const good = remoteFile(remote)!;
    pushFile(remote, '{ "schemaVersion": \n');
    const run = cli(dataDir);
    expect(await run.run(['sync', '--team', 'Platform'])).toBe(7);
    const said = run.err.join('\n');
    expect(said).toMatch(/^The remote’s team file was refused: The shared team file is not valid JSON/);
    expect(said).toMatch(/Put back its last good version on the remote .*then try again\./);
    expect(run.out.at(-1)).toBe('pulled 0, pushed 0, conflicts 0');
    // Once the good file is back, the same command syncs again.
    pushFile(remote, good);
    const again = cli(dataDir);
    expect(await again.run(['sync', '--team', 'Platform'])).toBe(0);
  });

  it('a file from a newer Cadence: exit 7, and the message says to update Cadence', async () => {
    const { dataDir, remote } = await sharedPlatform();
    const text = remoteFile(remote)!.replace(
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
      `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`,
    );
    pushFile(remote, text);
    const run = cli(dataDir);
    expect(await run.run(['sync', '--team', 'Platform'])).toBe(7);
    expect(run.err.join('\n')).toMatch(/made by a newer Cadence .*update Cadence on this machine/);
    expect(run.err.join('\n')).not.toMatch(/Put back/);
  });

  it('sharing to or joining from a remote whose team file is damaged exits 7, and shares or joins nothing', async () => {
    const remote = bareRepository().path;
    const damaged = `{"schemaVersion": ${CURRENT_SCHEMA_VERSION}, "id": 12}\n`;
    pushFile(remote, damaged);
    const newMachine = path.join(tempDir('cadence-cli-sync-refused-'), 'new-machine');
    const join = cli(newMachine);
    expect(await join.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(7);
    expect(join.err.join('\n')).toMatch(/^The remote’s team file was refused: .*Put back its last good version/s);
    expect(existsSync(newMachine)).toBe(false);

    const here = tempDir('cadence-cli-sync-refused-');
    writeWorkspace(here, [team('Platform', { items: [item('Upgrade Postgres')] })]);
    const share = cli(here);
    expect(await share.run(['sync', '--team', 'Platform', '--remote', remote])).toBe(7);
    expect(share.err.join('\n')).toMatch(/^The remote’s team file was refused: /);
    expect(remoteFile(remote)).toBe(damaged);
    const later = cli(here);
    expect(await later.run(['sync', '--team', 'Platform'])).toBe(1);
    expect(later.err.join('\n')).toMatch(/not shared yet/);

    // A repository made with a README but no team file is no remote to share into either.
    const readmeOnly = bareRepository().path;
    pushFile(readmeOnly, '# Platform\n', 'README.md');
    const intoReadme = cli(here);
    expect(await intoReadme.run(['sync', '--team', 'Platform', '--remote', readmeOnly])).toBe(7);
    expect(intoReadme.err.join('\n')).toMatch(/holds commits but no Cadence team .*create an empty repository/);
    expect(remoteFile(readmeOnly)).toBeNull();
  });

  it('help for sync lists 7, and help for an import does not', async () => {
    const sync = captured(tempDir('cadence-cli-help-'));
    expect(await runCli(['help', 'sync'], sync.io)).toBe(0);
    expect(sync.out.join('\n')).toMatch(/^ {2}7 {2}the remote’s team file was refused/m);
    const imports = captured(tempDir('cadence-cli-help-'));
    expect(await runCli(['help', 'import', 'backlog'], imports.io)).toBe(0);
    expect(imports.out.join('\n')).not.toMatch(/^ {2}7 /m);
  });
});
