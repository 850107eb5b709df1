import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import { captured } from '../../helpers/cli-io';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

const csv = (states: string[]) =>
  ['Title,Key,Status', ...states.map((state, i) => `Task ${i + 1},T-${i + 1},${state}`)].join('\n') + '\n';

describe('cadence import backlog: rows that come in done', () => {
  let dataDir: string;
  let file: string;
  beforeEach(async () => {
    dataDir = tempDir('cadence-cli-done-');
    const b = await inProcessApi({ dataDir });
    await b.api.createTeam({ name: 'Platform' });
    await b.store.close();
    file = path.join(dataDir, 'export.csv');
  });
  const run = async () => {
    const { io, out } = captured(dataDir);
    const code = await runCli(['import', 'backlog', file, '--team', 'Platform', '--data-dir', dataDir], io);
    return { code, last: out.at(-1) };
  };

  it('says how many rows came in done, added closed or closing an item still to do', async () => {
    writeFileSync(file, csv(['Open', 'Closed', 'Open']));
    expect(await run()).toEqual({ code: 0, last: 'added 3, updated 0, skipped 0, done 1' });
    writeFileSync(file, csv(['Open', 'Closed', 'Closed']));
    expect(await run()).toEqual({ code: 0, last: 'added 0, updated 1, skipped 0, unchanged 2, done 1' });
  });
});
