import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';
import { openWorkspaceStore } from '../../src/storage/workspace-store';

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

/** A command line over a data folder with exactly the environment given; `run` adds `--data-dir`. */
export function cliOver(dataDir: string, env: Record<string, string> = {}) {
  const run = captured(dataDir);
  run.io.env = { ...env };
  return { ...run, run: (args: string[]) => runCli([...args, '--data-dir', dataDir], run.io) };
}

/** Renames the first item of the folder's first team, as a change made in the app would. */
export async function retitleFirstItem(dataDir: string, title: string): Promise<void> {
  const store = await openWorkspaceStore({ dataDir });
  await store.mutate({ teamId: store.snapshot().teams[0]!.id }, (draft) => {
    draft.teams[0]!.items[0]!.title = title;
  });
  await store.close();
}
