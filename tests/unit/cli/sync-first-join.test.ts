import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { EXIT } from '../../../src/cli/exit-codes';
import { captured } from '../../helpers/cli-io';
import { bareRepository } from '../../helpers/git-remote';
import { tempDir } from '../../helpers/in-process-api';

/** A command line over a data folder, with the author in its environment. */
function cli(dataDir: string) {
  const run = captured(dataDir);
  run.io.env = { CADENCE_GIT_AUTHOR: 'Ana' };
  return { ...run, run: (args: string[]) => runCli([...args, '--data-dir', dataDir], run.io) };
}

/** The line `cadence help sync` gives an exit code, as a script's author reads it. */
async function helpLineOf(code: number): Promise<string> {
  const help = captured(tempDir('cadence-cli-join-help-'));
  await runCli(['help', 'sync'], help.io);
  return (
    help.out
      .join('\n')
      .split('\n')
      .find((line) => line.startsWith(`  ${code}  `)) ?? ''
  );
}

describe('cadence sync: a first join that cannot succeed', { timeout: 60_000 }, () => {
  it('joining from an empty remote exits with the code of a remote refusal that retrying will not mend, saying what to do', async () => {
    const machine = path.join(tempDir('cadence-cli-join-'), 'new-machine');
    const join = cli(machine);
    const code = await join.run(['sync', '--team', 'Platform', '--remote', bareRepository().path]);
    // Not 1, which for sync means "could not reach the remote: try again later": trying again never helps here.
    expect(code).not.toBe(EXIT.error);
    expect(await helpLineOf(code)).toMatch(/none/);
    const said = join.err.join('\n');
    expect(said).toMatch(/is empty/);
    expect(said).toMatch(/from a machine that has (it|the team)/);
    expect(said).toMatch(/then run this command again/);
  });

  it('a failed first join into a new nested folder removes every folder it made, and only those', async () => {
    const root = tempDir('cadence-cli-join-');
    mkdirSync(path.join(root, 'srv'));
    const machine = path.join(root, 'srv', 'cadence', 'data', 'platform');
    const join = cli(machine);
    await join.run(['sync', '--team', 'Platform', '--remote', bareRepository().path]);
    expect(existsSync(path.join(root, 'srv', 'cadence'))).toBe(false);
    // The folder that was there before stays.
    expect(readdirSync(root)).toEqual(['srv']);
    expect(readdirSync(path.join(root, 'srv'))).toEqual([]);
  });
});
