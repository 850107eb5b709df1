import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { parseRetroExport } from '../../../src/domain/retro/export/json';
import { reportToJson } from '../../../src/domain/review/report-json';
import { indexPath, teamPath } from '../../../src/storage/layout';
import { item, member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { sampleRetro } from '../retro/export-fixture';
import { fixture } from '../review/report-fixture';

async function seeded() {
  const dir = tempDir();
  writeWorkspace(dir, [team('Platform', { members: [member('Ana')], items: [item('Rotate certs')] })]);
  return inProcessApi({ dataDir: dir, now: () => new Date('2026-11-27T10:00:00.000Z') });
}

/** The refusal's words, or null when the call went through. */
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: Error) => error.message,
  );

describe('a Cadence file picked at the wrong import is named, with where it goes', () => {
  it('names a retro export, a sprint report and the data folder’s cadence.json at the workspace import', async () => {
    const { api, store, dataDir } = await seeded();
    const before = store.snapshot();
    const retro = retroToJson(sampleRetro(), null, '2026-11-20T12:00:00.000Z', String);
    expect(await refusal(api.previewImport({ content: retro }))).toBe(
      'This is a retro exported from Cadence, not a workspace export: import it on the Retro screen with ' +
        '"Import retro (JSON)". Nothing was changed.',
    );
    const report = reportToJson(fixture().model, '2026-11-13T12:00:00.000Z');
    expect(await refusal(api.importWorkspace({ content: report }))).toBe(
      'This is a sprint report exported from Cadence, to read: it holds no data to import. Import a file made ' +
        'with "Export workspace (JSON)". Nothing was changed.',
    );
    const index = readFileSync(indexPath(dataDir), 'utf8');
    expect(await refusal(api.previewImport({ content: index }))).toBe(
      'This is cadence.json, the list of teams in a data folder: it holds no team data. Import a file made with ' +
        '"Export workspace (JSON)", or restore one of the backups. Nothing was changed.',
    );
    expect(store.snapshot()).toEqual(before);
  });

  it('names one team’s file from the data folder’s teams folder, which the Data screen points to', async () => {
    const { api, store, dataDir } = await seeded();
    const before = store.snapshot();
    const teamFile = readFileSync(teamPath(dataDir, before.teams[0]!.id), 'utf8');
    const expected =
      'This is one team’s file from the teams folder of a data folder, not a workspace export: Cadence reads it ' +
      'only with the rest of its folder. Import a file made with "Export workspace (JSON)" on the computer that ' +
      'has the team, or restore one of the backups. Nothing was changed.';
    expect(await refusal(api.previewImport({ content: teamFile }))).toBe(expected);
    expect(await refusal(api.importWorkspace({ content: teamFile }))).toBe(expected);
    expect(store.snapshot()).toEqual(before);
  });

  it('names a workspace export and a sprint report at the retro import', async () => {
    const { api } = await seeded();
    const { content } = await api.exportWorkspace({});
    expect(parseRetroExport(content)).toEqual({
      ok: false,
      message:
        'This is a whole workspace exported from Cadence, not a retro: import it on the Data & backups screen ' +
        '(it replaces all data).',
    });
    expect(parseRetroExport(reportToJson(fixture().model, '2026-11-13T12:00:00.000Z'))).toEqual({
      ok: false,
      message: 'This is a sprint report exported from Cadence, to read: it holds no retro to import.',
    });
  });
});
