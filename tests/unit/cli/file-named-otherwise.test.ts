import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { folderState } from '../../helpers/folder-state';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';
import { FIXTURES } from '../imports/read-fixture';

const LINEAR = path.join(FIXTURES, 'linear.csv');

/**
 * A script saves the export it downloads where `mktemp` says (`/tmp/tmp.Xk2a9QzL1c`), or wget adds `.1` to a second
 * download: a CSV export under a name that is not `.csv`. The import refuses it by its name, before reading it, and
 * must say how to go on, not only to "export the backlog as CSV", which the script did.
 */
describe('import backlog: a CSV export saved under another name', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = tempDir('cadence-cli-named-');
    writeWorkspace(dataDir, [team('Platform')]);
  });

  it.each([['tmp.Xk2a9QzL1c'], ['export.csv.1']])(
    'refuses %s (exit 1), saying to name it .csv or pipe it in, and changes nothing',
    async (name) => {
      const file = path.join(tempDir('cadence-cli-mktemp-'), name);
      copyFileSync(LINEAR, file);
      const before = folderState(dataDir);
      const { io, out, err } = captured(dataDir);
      expect(await runCli(['import', 'backlog', file, '--team', 'Platform'], io)).toBe(1);
      expect(out).toEqual([]);
      expect(err).toEqual([
        `${file} is not named as a CSV or TSV file (.csv, .tsv or .txt), so it was not read. Export the backlog as CSV and give that file; a CSV export saved under another name (as mktemp names files) goes in once its name ends in .csv, or piped in: cadence import backlog - --team NAME < FILE. Nothing was imported.`,
      ]);
      expect(folderState(dataDir)).toEqual(before);

      // Piped in, as the message says, the same bytes go in.
      const piped = captured(dataDir);
      piped.io.stdin = () => Promise.resolve(new Uint8Array(readFileSync(file)));
      expect(await runCli(['import', 'backlog', '-', '--team', 'Platform'], piped.io)).toBe(0);
      expect(piped.out.at(-1)).toBe('added 2, updated 0, skipped 0');
    },
  );
});
