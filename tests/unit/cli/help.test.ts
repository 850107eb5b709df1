import { describe, expect, it } from 'vitest';
import { isCliInvocation, runCli } from '../../../src/cli/run';
import { APP_VERSION } from '../../../src/version';
import { captured } from '../../helpers/cli-io';
import { tempDir } from '../../helpers/in-process-api';

async function run(args: string[]) {
  const cli = captured(tempDir('cadence-cli-help-'));
  const code = await runCli(args, cli.io);
  return { code, out: cli.out.join('\n'), err: cli.err.join('\n') };
}

describe('cadence help, --help and --version', () => {
  it.each([['help'], ['--help'], ['-h']])('%s prints every command’s usage on stdout and exits 0', async (word) => {
    const { code, out, err } = await run([word]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Usage: cadence <command>/);
    for (const command of ['import backlog FILE', 'import calendar FILE', 'sync --team NAME']) {
      expect(out).toContain(`cadence ${command}`);
    }
  });

  it('help followed by a command prints that command’s usage only', async () => {
    const { code, out } = await run(['help', 'import', 'calendar']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: cadence import calendar FILE --team NAME/);
    expect(out).not.toContain('sync');
  });

  it('help with an option given before its topic (a script that always passes --data-dir) still shows the help', async () => {
    const every = await run(['help', '--data-dir', '/srv/cadence']);
    expect(every.code).toBe(0);
    expect(every.err).toBe('');
    expect(every.out).toMatch(/^Usage: cadence <command>/);
    const one = await run(['help', '--data-dir', '/srv/cadence', 'import', 'calendar']);
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/^Usage: cadence import calendar FILE --team NAME/);
  });

  it('help followed by words that name no command says so and exits 2', async () => {
    const { code, out, err } = await run(['help', 'bogus']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe('Unknown command: bogus');
  });

  it('help followed by a command and a word more refuses the word (exit 2), as help import with one does', async () => {
    for (const topic of [
      ['sync', 'bogus'],
      ['import', 'calendar', 'bogus'],
      ['import', 'bogus'],
    ]) {
      const { code, out, err } = await run(['help', ...topic]);
      expect(code, topic.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')[0]).toBe(`Unknown command: ${topic.join(' ')}`);
    }
    // Options after the topic change no help, as before it.
    expect((await run(['help', 'sync', '--team', 'Platform'])).code).toBe(0);
  });

  it.each([['--help'], ['-h']])('%s after a command prints that command’s usage and exits 0', async (flag) => {
    const { code, out, err } = await run(['sync', flag]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^Usage: cadence sync --team NAME/);
  });

  it.each([
    [['import', '--help']],
    [['import', '-h']],
    [['help', 'import']],
    [['--data-dir', '/srv/c', 'import', '-h']],
  ])('%j prints the usage of every import command with their exit codes on stdout, and exits 0', async (args) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Usage: cadence import backlog|calendar');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}cadence import backlog FILE --team NAME/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}cadence import calendar FILE --team NAME/));
    expect(out).not.toContain('sync');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}5 {2}nothing imported/));
  });

  it('--version prints the version and exits 0', async () => {
    const { code, out } = await run(['--version']);
    expect(code).toBe(0);
    expect(out).toBe(`Cadence ${APP_VERSION}`);
  });

  it.each([['--version'], ['version']])(
    '%s refuses words after it as a usage mistake (exit 2), as every command refuses extra arguments',
    async (word) => {
      const { code, out, err } = await run([word, 'extra']);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err.split('\n')[0]).toBe(`cadence ${word} takes nothing after it, not “extra”.`);
      expect(err).toContain('Usage: cadence <command>');
      // An option changes no version, as it changes no help.
      expect((await run([word, '--data-dir', 'somewhere'])).code).toBe(0);
    },
  );

  it('says which option took a command’s word as its value (a value forgotten before the command), and exits 2', async () => {
    const { code, err } = await run(['--data-dir', 'import', 'backlog', 'x.csv', '--team', 'Platform']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(
      'Unknown command: backlog x.csv --team Platform. --data-dir took “import” as its value: give --data-dir its own value before the command.',
    );
  });

  it('names what may follow a word that starts several commands, and exits 2', async () => {
    const { code, err } = await run(['import']);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('cadence import needs one of: backlog, calendar.');
    expect((await run(['import', '--team', 'Platform'])).err.split('\n')[0]).toBe(
      'cadence import needs one of: backlog, calendar.',
    );
    expect((await run(['import', 'jira', 'x.csv'])).err.split('\n')[0]).toBe('Unknown command: import jira x.csv');
  });

  it('after a usage error in a command, shows that command’s usage only', async () => {
    const missing = await run(['import', 'calendar', 'leave.ics', '--team', 'Platform', '--kind', 'leave']);
    expect(missing.code).toBe(2);
    expect(missing.err.split('\n')).toEqual([
      '--kind on-call and leave need --sprint NAME.',
      expect.stringMatching(/^Usage: cadence import calendar FILE/),
    ]);
    const unknown = await run(['import', 'backlog', 'x.csv', '--team', 'Platform', '--bogus', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.split('\n')).toEqual([
      "Unknown option '--bogus'.",
      expect.stringMatching(/^Usage: cadence import backlog FILE/),
    ]);
  });

  it('asks for the command line, not the app, for the help and version words', () => {
    for (const args of [['help'], ['--help'], ['-h'], ['--version'], ['import', 'backlog']]) {
      expect(isCliInvocation(args), args.join(' ')).toBe(true);
    }
    expect(isCliInvocation([])).toBe(false);
    expect(isCliInvocation(['--no-sandbox'])).toBe(false);
  });
});
