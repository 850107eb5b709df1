import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const JIRA = path.join(FIXTURES, 'jira-cloud-all-fields.csv');

/** The first line a usage mistake prints (the usage follows it), and the exit code. */
async function mistake(args: string[]) {
  const { io, out, err } = captured(tempDir('cadence-cli-option-value-'));
  const code = await runCli(args, io);
  expect(out).toEqual([]);
  return { code, said: err.join('\n').split('\n') };
}

/**
 * A script's `--team $TEAM --dry-run` with TEAM unset (and unquoted) hands the command `--team --dry-run`: the
 * option lost its value. The command says which option needs one, in the words it uses for an empty one, not
 * Node's parser's three lines about `--team=-XYZ`.
 */
describe('an option whose value is missing', () => {
  it('says which option needs a value when the next word is another option', async () => {
    const { code, said } = await mistake(['import', 'backlog', JIRA, '--team', '--dry-run']);
    expect(code).toBe(2);
    expect(said[0]).toBe(
      '--team needs a value, but “--dry-run” follows it: give --team its value (a variable in the script may be unset). Nothing was changed.',
    );
    expect(said[1]).toMatch(/^Usage: cadence import backlog FILE/);
    expect(said).toHaveLength(2);
  });

  it('says which option needs a value when it is the last word', async () => {
    const { code, said } = await mistake(['import', 'backlog', JIRA, '--team', 'Platform', '--data-dir']);
    expect(code).toBe(2);
    expect(said[0]).toBe(
      '--data-dir needs a value: give it one (a variable in the script may be unset). Nothing was changed.',
    );
    expect(said).toHaveLength(2);
  });

  it('says that a switch takes no value', async () => {
    const { code, said } = await mistake(['import', 'backlog', JIRA, '--team', 'Platform', '--dry-run=yes']);
    expect(code).toBe(2);
    expect(said[0]).toBe('--dry-run takes no value, not “yes”: give --dry-run alone. Nothing was changed.');
  });

  it('still takes a value that starts with a dash given with =', async () => {
    const { code, said } = await mistake(['import', 'backlog', JIRA, '--team=-ops', '--data-dir', '/nowhere']);
    expect(code).toBe(1);
    expect(said[0]).toMatch(/^There is no data folder at \/nowhere/);
  });
});
