import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { tempDir } from '../../helpers/in-process-api';

async function help(args: string[]) {
  const cli = captured(tempDir('cadence-cli-help-codes-'));
  const code = await runCli(args, cli.io);
  return { code, out: cli.out.join('\n'), err: cli.err.join('\n') };
}

/** The exit code lines of a help text, by code, as a script's author reads them. */
function exitLines(text: string): Map<number, string> {
  const [, codes = ''] = text.split('\nExit codes:\n');
  return new Map(
    codes
      .split('\n')
      .map((line) => /^ {2}(\d+) {2}(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [Number(m[1]), m[2]!] as const),
  );
}

describe('cadence help: each command lists its own exit codes', () => {
  it('help help shows the help, as help does, rather than calling help an unknown command', async () => {
    const asked = await help(['help', 'help']);
    expect(asked.code).toBe(0);
    expect(asked.err).toBe('');
    expect(asked.out).toBe((await help(['help'])).out);
    expect((await help(['help', '--help'])).out).toBe(asked.out);
  });

  it('sync --help lists the codes a sync can end with, none of the imports’, and no file, sprint or member on 1', async () => {
    const lines = exitLines((await help(['sync', '--help'])).out);
    expect([...lines.keys()]).toEqual([0, 1, 2, 3, 4, 6, 7]);
    expect(lines.get(1)).not.toMatch(/file|sprint|member/);
    expect(lines.get(0)).not.toMatch(/import/);
    expect(lines.get(4)).not.toMatch(/dry-run/);
  });

  it('import calendar --help lists no Ctrl+C code (it is not imported in parts), and speaks of events, not rows', async () => {
    const lines = exitLines((await help(['import', 'calendar', '--help'])).out);
    expect([...lines.keys()]).toEqual([0, 1, 2, 4, 5]);
    expect(lines.get(0)).not.toMatch(/row/);
    expect(lines.get(1)).not.toMatch(/remote/);
  });

  it('import backlog --help lists the Ctrl+C code, and no sprint or member on 1', async () => {
    const lines = exitLines((await help(['help', 'import', 'backlog'])).out);
    expect([...lines.keys()]).toEqual([0, 1, 2, 4, 5, 130]);
    expect(lines.get(1)).not.toMatch(/sprint|member|remote/);
    expect(lines.get(0)).not.toMatch(/event/);
  });

  it('help import names the one import the Ctrl+C code is for; the full help names each command’s own codes', async () => {
    const both = exitLines((await help(['help', 'import'])).out);
    expect(both.get(130)).toMatch(/^import backlog: /);
    expect(both.get(1)).not.toMatch(/remote/);
    const every = exitLines((await help(['help'])).out);
    expect([...every.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 130]);
    expect(every.get(130)).toMatch(/^import backlog: /);
    expect(every.get(3)).toMatch(/^sync: /);
  });
});
