import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { beforeEach, describe, expect, it } from 'vitest';
import { pipedIn } from '../../../src/cli/io';
import { runCli } from '../../../src/cli/run';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const LINEAR = path.join(FIXTURES, 'linear.csv');
const ICS = path.join(FIXTURES, '..', 'calendars', 'google-holidays.ics');

/** A command line whose stdin holds `piped` (a `curl … |` in a script), or a terminal when it is null. */
function withStdin(dataDir: string, piped: Uint8Array | null) {
  const run = captured(dataDir);
  run.io.stdin = () => Promise.resolve(piped);
  return run;
}

describe('FILE given as - (the file piped to stdin)', () => {
  it.each([['import backlog'], ['import calendar']])(
    'help import says that FILE - reads stdin, for %s',
    async (command) => {
      const { io, out } = captured(tempDir('cadence-cli-stdin-help-'));
      expect(await runCli(['help', 'import'], io)).toBe(0);
      const usage = out
        .join('\n')
        .split('\n')
        .find((line) => line.startsWith(`  cadence ${command} FILE`));
      expect(usage).toMatch(/\(FILE -: read from stdin\)$/);
    },
  );

  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-stdin-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  it('import backlog - reads the export from stdin and imports it', async () => {
    const { io, out, err } = withStdin(dataDir, readFileSync(LINEAR));
    expect(await runCli(['import', 'backlog', '-', '--team', 'Platform'], io)).toBe(0);
    expect(out.at(-1)).toBe('added 2, updated 0, skipped 0');
    expect(err).toEqual(['Read 2 rows of a Linear export.']);
    const store = await openWorkspaceStore({ dataDir });
    expect(store.snapshot().teams[0]?.items.map((i) => i.source?.key)).toEqual(['INF-31', 'INF-32']);
    await store.close();
  });

  it('import calendar - reads the calendar from stdin', async () => {
    const { io, out } = withStdin(dataDir, readFileSync(ICS));
    expect(await runCli(['import', 'calendar', '-', '--team', 'Platform', '--kind', 'holidays'], io)).toBe(0);
    expect(out.at(-1)).toBe('added 4, updated 0, skipped 0');
  });

  it('names stdin, not "-", when what was piped in is refused', async () => {
    const { io, err } = withStdin(dataDir, new TextEncoder().encode('not a calendar'));
    expect(await runCli(['import', 'calendar', '-', '--team', 'Platform', '--kind', 'holidays'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/^stdin: /);
  });

  it.each([
    ['import backlog', ['import', 'backlog', '-', '--team', 'Platform']],
    ['import calendar', ['import', 'calendar', '-', '--team', 'Platform', '--kind', 'holidays']],
  ])(
    '%s - with nothing piped in (a terminal) is refused at once, not left waiting, and changes nothing',
    async (_n, args) => {
      const before = folderState(dataDir);
      const { io, out, err } = withStdin(dataDir, null);
      expect(await runCli(args, io)).toBe(2);
      expect(out).toEqual([]);
      expect(err[0]?.split('\n')[0]).toBe(
        '“-” reads the file from stdin, but nothing is piped in: give the file’s path, or pipe the file in (… | cadence import … -). Nothing was changed.',
      );
      expect(folderState(dataDir)).toEqual(before);
    },
  );

  it.each([
    ['import backlog', ['import', 'backlog', '-', '--team', 'Platform'], 'Cadence imports files of up to 20 MB'],
    [
      'import calendar',
      ['import', 'calendar', '-', '--team', 'Platform', '--kind', 'holidays'],
      'Cadence imports calendars of up to 2 MB',
    ],
  ])('%s - refuses what is piped in past the import’s bound, without reading on', async (_n, args, bound) => {
    const before = folderState(dataDir);
    const run = captured(dataDir);
    const asked: number[] = [];
    // An endless pipe (`cat /dev/urandom |` by mistake) stops being read just past the bound it is given.
    run.io.stdin = (limit) => {
      asked.push(limit);
      return Promise.resolve(new Uint8Array(limit + 1));
    };
    expect(await runCli(args, run.io)).toBe(1);
    expect(asked).toHaveLength(1);
    expect(run.out).toEqual([]);
    expect(run.err).toEqual([`stdin holds more than the import takes: ${bound}. Nothing was changed.`]);
    expect(folderState(dataDir)).toEqual(before);
  });
});

describe('pipedIn', () => {
  it('stops reading an endless pipe once it holds more than the bound, rather than fill the memory', async () => {
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.alloc(64 * 1024, 'a');
      })(),
    );
    const bytes = await pipedIn(endless, 1_000_000);
    expect(bytes?.length).toBeGreaterThan(1_000_000);
    expect(bytes?.length).toBeLessThanOrEqual(1_000_000 + 64 * 1024);
  });

  it('answers null for a terminal (nothing piped in)', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    expect(await pipedIn(terminal, 10)).toBeNull();
  });
});
