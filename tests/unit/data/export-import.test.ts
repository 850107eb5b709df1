import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema } from '../../../src/domain/workspace';
import { decodeWorkspace } from '../../../src/storage/decode';
import { item, member, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { readDataText } from '../../../src/storage/read-layout';

const dataFile = (dir: string) => readDataText(dir) ?? '';

async function seeded() {
  const dir = tempDir();
  writeWorkspace(dir, [team('Platform', { members: [member('Ana')], items: [item('Rotate certs')] })]);
  return inProcessApi({ dataDir: dir, now: () => new Date('2026-11-27T10:00:00.000Z') });
}

describe('whole-workspace export and import', () => {
  it('exports the whole workspace as valid JSON named by date', async () => {
    const { api } = await seeded();
    const out = await api.exportWorkspace({});
    expect(out.fileName).toBe('cadence-workspace-2026-11-27.json');
    const doc = WorkspaceSchema.parse(JSON.parse(out.content));
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.teams[0]?.items[0]?.title).toBe('Rotate certs');
  });

  it('round-trips: an export imported elsewhere gives the same data, after a backup of what was there', async () => {
    const source = await seeded();
    const { content } = await source.api.exportWorkspace({});
    const target = await inProcessApi();
    await target.api.createTeam({ name: 'Old team' });

    expect(await target.api.previewImport({ content })).toEqual({
      migratedFrom: null,
      teams: [{ name: 'Platform', members: 1, items: 1 }],
    });
    const result = await target.api.importWorkspace({ content });
    expect(result.teams).toEqual(['Platform']);
    expect(target.store.snapshot()).toEqual(source.store.snapshot());
    const onDisk = decodeWorkspace(dataFile(target.dataDir));
    expect(onDisk.kind === 'ok' && onDisk.workspace).toEqual(source.store.snapshot());
    expect(result.safetyBackup).toMatch(/before-workspace-import\.json$/);
    const safety = decodeWorkspace(readFileSync(path.join(target.dataDir, 'backups', result.safetyBackup), 'utf8'));
    expect(safety.kind === 'ok' && safety.workspace.teams.map((t) => t.name)).toEqual(['Old team']);
  });

  it.each([
    ['not JSON', 'name,points\nfoo,3', /not a Cadence workspace export: the file is not valid JSON/],
    ['a JSON array', '[1,2,3]', /not a Cadence workspace export/],
    ['no schemaVersion', '{"teams":[]}', /no valid schemaVersion/],
    ['a newer version', '{"schemaVersion":42,"teams":[]}', /newer version of Cadence \(format 42\)/],
    [
      'one bad item among good ones',
      JSON.stringify({
        schemaVersion: 1,
        teams: [{ ...team('A'), items: [item('fine'), { ...item('bad'), points: -5 }] }],
      }),
      /teams\.0\.items\.1\.points/,
    ],
    [
      'duplicate team names',
      JSON.stringify({ schemaVersion: 1, teams: [team('Ops'), team('ops')] }),
      /two teams named/,
    ],
    [
      'duplicate team names in two Unicode spellings',
      JSON.stringify({ schemaVersion: 1, teams: [team('Équipe'.normalize('NFC')), team('équipe'.normalize('NFD'))] }),
      /two teams named/,
    ],
    [
      'a duplicated team id',
      JSON.stringify({
        schemaVersion: 1,
        teams: [
          { ...team('A'), id: 'x' },
          { ...team('B'), id: 'x' },
        ],
      }),
      /team id x twice/,
    ],
  ])('refuses %s with a clear message and changes nothing (no backup either)', async (_what, content, message) => {
    const { call, dataDir } = await seeded();
    const before = dataFile(dataDir);
    const backupsBefore = readdirSync(path.join(dataDir, 'backups'));
    for (const method of ['previewImport', 'importWorkspace']) {
      const answer = await call(method, { content });
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
      if (!answer.ok) expect(answer.error.message).toMatch(/Nothing was changed\.$/);
    }
    expect(dataFile(dataDir)).toBe(before);
    expect(readdirSync(path.join(dataDir, 'backups'))).toEqual(backupsBefore);
  });

  it('refuses an empty file at the api boundary', async () => {
    const { call } = await seeded();
    expect(await call('importWorkspace', { content: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /content: The file is empty/ },
    });
  });
});
