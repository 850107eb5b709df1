import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { MAX_IMPORT_ROWS } from '../../../src/domain/imports/row-schema';
import { LOCK_FILE_NAME } from '../../../src/storage/lock';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { captured } from '../../helpers/cli-io';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/** An export of more rows than one part of an import holds, each with its own key. */
function bigExport(dir: string, rows: number, key = (i: number) => `OPS-${i + 1}`): string {
  const file = path.join(dir, 'big export.csv');
  const lines = Array.from({ length: rows }, (_, i) => `Item ${i + 1},${key(i)}`);
  writeFileSync(file, `Title,Issue key\n${lines.join('\n')}\n`);
  return file;
}

async function itemCount(dataDir: string): Promise<number> {
  const store = await openWorkspaceStore({ dataDir });
  const count = store.snapshot().teams[0]?.items.length ?? 0;
  await store.close();
  return count;
}

/**
 * Ctrl+C while a big export goes in part by part: the part being written is finished, no further part is sent,
 * and the command says how far it got (the figures on stdout, what to do on stderr), exits 130 as a stopped
 * command does, and lets go of the data folder. Before, the process died silently between parts: a backlog
 * holding part of the file, and nothing said which part.
 */
describe('cadence import backlog stopped by Ctrl+C (SIGINT)', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-sigint-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
  });

  /** Runs the import with Ctrl+C pressed while its first part is written (the import reads the clock for it). */
  async function pressCtrlCDuringFirstPart(file: string) {
    const run = captured(dataDir);
    const clock = run.io.now;
    let pressed = false;
    run.io.now = () => {
      if (!pressed && run.err.some((line) => line.startsWith('Read '))) {
        pressed = true;
        process.emit('SIGINT');
      }
      return clock();
    };
    const code = await runCli(['import', 'backlog', file, '--team', 'Platform', '--data-dir', dataDir], run.io);
    expect(pressed).toBe(true);
    return { ...run, code };
  }

  it('finishes the part under way, sends no more, says how far it got and exits 130', async () => {
    const rows = MAX_IMPORT_ROWS + 500;
    const file = bigExport(tempDir('cadence-cli-sigint-file-'), rows);
    const listening = process.listenerCount('SIGINT');
    const { code, out, err } = await pressCtrlCDuringFirstPart(file);
    expect(code).toBe(130);
    expect(out.at(-1)).toBe(`added ${MAX_IMPORT_ROWS}, updated 0, skipped 0`);
    expect(err.at(-1)).toBe(
      `Stopped by Ctrl+C after 20,000 of 20,500 rows: those were imported, the other 500 were not. Run the same import again to bring them in (the rows imported come back unchanged).`,
    );
    expect(await itemCount(dataDir)).toBe(MAX_IMPORT_ROWS);
    expect(existsSync(path.join(dataDir, LOCK_FILE_NAME))).toBe(false);
    // The Ctrl+C handler went with the command: a later Ctrl+C is the process's again.
    expect(process.listenerCount('SIGINT')).toBe(listening);
  });

  it('says that rows without a key imported before the stop are skipped by a second run, their items being there', async () => {
    // Every tenth row has no key (a draft issue).
    const file = bigExport(tempDir('cadence-cli-sigint-file-'), MAX_IMPORT_ROWS + 10, (i) =>
      i % 10 ? `OPS-${i}` : '',
    );
    const { code, err } = await pressCtrlCDuringFirstPart(file);
    expect(code).toBe(130);
    expect(err.at(-1)).toBe(
      'Stopped by Ctrl+C after 20,000 of 20,010 rows: those were imported, the other 10 were not. Run the same import again to bring them in (rows with a key come back unchanged, and the 2,000 rows without one imported already are skipped, as their items are there).',
    );
  });
});
