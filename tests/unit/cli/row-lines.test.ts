import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

describe('cadence import backlog: one line per row, as a script reads them', () => {
  it('prints a note quoting a cell of several lines on one line, its breaks shown as \\n', async () => {
    const dataDir = tempDir('cadence-cli-rows-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    const file = path.join(dataDir, 'export.csv');
    writeFileSync(file, 'Summary,Issue key,Issue Type\nFirst,OPS-1,"Risk\nReview"\nSecond,OPS-2,Task\n');
    const { io, out } = captured(dataDir);
    expect(await runCli(['import', 'backlog', file, '--team', 'Platform', '--data-dir', dataDir], io)).toBe(0);
    expect(out).toEqual(['row 2: note, unknown type “Risk\\nReview”: story', 'added 2, updated 0, skipped 0']);
  });
});
