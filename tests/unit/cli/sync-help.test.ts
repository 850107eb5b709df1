import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { tempDir } from '../../helpers/in-process-api';

/** The help's line for one exit code, as a script's author reads it. */
async function helpLine(args: string[], code: number): Promise<string | undefined> {
  const cli = captured(tempDir('cadence-cli-help-'));
  expect(await runCli(args, cli.io)).toBe(0);
  return cli.out
    .join('\n')
    .split('\n')
    .find((line) => line.startsWith(`  ${code}  `));
}

/**
 * `cadence sync` exits 1 when its remote cannot be reached (try again later); the help a script's author reads
 * says so on 1's own line, not only inside 6's.
 */
describe('cadence help: exit code 1 names a remote that could not be reached for sync', () => {
  it('help sync: 1 names the unreachable remote; help import backlog: 1 does not', async () => {
    expect(await helpLine(['help', 'sync'], 1)).toMatch(/^ {2}1 {2}error.*a remote that could not be reached/);
    expect(await helpLine(['help', 'import', 'backlog'], 1)).not.toMatch(/remote/);
  });

  it('the full help names it on 1’s line as well', async () => {
    expect(await helpLine(['help'], 1)).toMatch(/a remote that could not be reached/);
  });
});
