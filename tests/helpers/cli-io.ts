import type { CliIo } from '../../src/cli/io';

/** A command line's output, kept line by line, over a data folder the test chose. */
export function captured(dataDir: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: {},
    now: () => new Date('2026-11-04T10:00:00.000Z'),
    defaultDataDir: () => dataDir,
    app: 'command line',
  };
  return { io, out, err };
}
