import { beforeEach, describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { inProcessApi, type InProcessApi } from '../../helpers/in-process-api';

/** A megabyte as every size Cadence shows is counted (the Backups list, the imports' bounds). */
const MB = 1024 * 1024;

let backend: InProcessApi;
let teamId: string;

beforeEach(async () => {
  backend = await inProcessApi();
  teamId = (await backend.api.createTeam({ name: 'Platform' })).id;
});

/** A retro exported from another team, as "Download JSON" writes it: the file a facilitator imports. */
async function exported(): Promise<string> {
  const other = (await backend.api.createTeam({ name: 'Payments' })).id;
  const retro = await backend.api.createRetro({
    teamId: other,
    kind: 'retro',
    title: 'Retro — Sprint 7',
    sprintId: null,
    templateId: 'ops',
    incident: null,
  });
  return retroToJson(retro, null, '2026-11-27T12:00:00.000Z', String);
}

/**
 * The retro import's bound on a file's size is stated as every other import's is: in the file sizes the app shows,
 * so a file at the bound is taken, and a larger one (a whole workspace's export picked by mistake) is told the
 * bound and where such a file goes, not only "The file is too large."
 */
describe('importing a retro export: its size bound', () => {
  it('takes an export of exactly 5 MB', async () => {
    const json = await exported();
    // 5 MB as the file's size: the title's dash is three bytes of UTF-8.
    const padded = json.trimEnd() + ' '.repeat(5 * MB - Buffer.byteLength(json.trimEnd()));
    expect(Buffer.byteLength(padded)).toBe(5 * MB);
    const { retro } = await backend.api.importRetro({ teamId, json: padded });
    expect(retro.title).toBe('Retro — Sprint 7');
  });

  it('refuses a larger file naming the bound, and says where a whole workspace goes', async () => {
    const answer = await backend.call('importRetro', { teamId, json: ' '.repeat(5 * MB + 1) });
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error.message).toBe(
      'This file is larger than 5 MB, more than a retro export holds: import the file “Download JSON” made on a retro (a whole workspace’s export goes in on the Data & backups screen).',
    );
  });
});
