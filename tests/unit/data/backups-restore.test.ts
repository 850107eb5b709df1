import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/api/define';
import type { BackupList } from '../../../src/services/data-types';
import { decodeWorkspace } from '../../../src/storage/decode';
import { team, workspace, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { readDataText } from '../../../src/storage/read-layout';

const backupNames = (dir: string) => readdirSync(path.join(dir, 'backups')).sort();
const valueOf = <T>(e: Envelope<unknown>) => {
  if (!e.ok) throw new Error(e.error.message);
  return e.value as T;
};

describe('backups and restore through the api', () => {
  it('lists backups newest first with time, size and the teams inside', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform'), team('Network')]);
    const { api } = await inProcessApi({ dataDir: dir });
    const list = await api.listBackups({});
    expect(list.folder).toBe(path.join(dir, 'backups'));
    expect(list.backups).toHaveLength(1);
    const [b] = list.backups;
    expect(b?.teams).toEqual(['Platform', 'Network']);
    expect(b?.size).toBe(readFileSync(path.join(dir, 'backups', b!.name)).length);
    expect(Date.parse(b!.createdAt)).not.toBeNaN();
    expect(b?.problem).toBeNull();
  });

  it('marks a damaged backup instead of failing the list', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { api } = await inProcessApi({ dataDir: dir });
    writeFileSync(path.join(dir, 'backups', 'cadence-20200101T000000000Z.json'), '{"trunc');
    const list = await api.listBackups({});
    const bad = list.backups.find((b) => b.name === 'cadence-20200101T000000000Z.json');
    expect(bad?.teams).toBeNull();
    expect(bad?.problem).toMatch(/not valid JSON/);
  });

  it('restores a backup after backing up the current data, so the restore can itself be undone', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { api, store } = await inProcessApi({ dataDir: dir });
    const [startup] = (await api.listBackups({})).backups;
    await api.createTeam({ name: 'Added later' });

    const result = await api.restoreBackup({ name: startup!.name });
    expect(result.teams).toEqual(['Platform']);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['Platform']);
    const onDisk = decodeWorkspace(readDataText(dir) ?? '');
    expect(onDisk.kind === 'ok' && onDisk.workspace.teams.map((t) => t.name)).toEqual(['Platform']);

    expect(result.safetyBackup).toMatch(/-before-restore\.json$/);
    const safety = decodeWorkspace(readFileSync(path.join(dir, 'backups', result.safetyBackup), 'utf8'));
    expect(safety.kind === 'ok' && safety.workspace.teams.map((t) => t.name)).toEqual(['Platform', 'Added later']);
  });

  it.each([
    ['a path escape', '../cadence.json'],
    ['an absolute path', '/etc/passwd'],
    ['another file', 'cadence.lock'],
    ['a backslash escape', '..\\..\\cadence.json'],
  ])('refuses %s as a backup name and changes nothing', async (_what, name) => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { call } = await inProcessApi({ dataDir: dir });
    const before = readDataText(dir);
    const backupsBefore = backupNames(dir);
    const answer = await call('restoreBackup', { name });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(readDataText(dir)).toBe(before);
    expect(backupNames(dir)).toEqual(backupsBefore);
  });

  it('refuses a damaged backup with its reason and changes nothing', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { call } = await inProcessApi({ dataDir: dir });
    writeFileSync(path.join(dir, 'backups', 'cadence-20200101T000000000Z.json'), '{"schemaVersion":1,"teams":7}');
    const before = readDataText(dir);
    const answer = await call('restoreBackup', { name: 'cadence-20200101T000000000Z.json' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /cannot be restored.*teams/ } });
    expect(readDataText(dir)).toBe(before);
  });

  it('answers not_found for a backup that is gone', async () => {
    const { call } = await inProcessApi();
    const answer = await call('restoreBackup', { name: 'cadence-20200101T000000000Z.json' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a backup from a newer Cadence, or one gone from the folder, saying that nothing was changed', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { call } = await inProcessApi({ dataDir: dir });
    const name = 'cadence-20200101T000000000Z.json';
    writeFileSync(
      path.join(dir, 'backups', name),
      JSON.stringify({ ...workspace([team('Later')]), schemaVersion: 99 }),
    );
    const before = readDataText(dir);
    const backupsBefore = backupNames(dir);
    const newer = await call('restoreBackup', { name });
    const gone = await call('restoreBackup', { name: 'cadence-20200102T000000000Z.json' });
    expect([newer, gone].map((answer) => !answer.ok && answer.error.message)).toEqual([
      `The backup ${name} was written by a newer version of Cadence; upgrade to restore it. Nothing was changed.`,
      'The backup cadence-20200102T000000000Z.json is no longer in the backups folder. Nothing was changed.',
    ]);
    expect(readDataText(dir)).toBe(before);
    expect(backupNames(dir)).toEqual(backupsBefore);
  });

  it('refuses to restore into a file from a newer version (read-only)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'cadence.json'), JSON.stringify({ schemaVersion: 99, teams: [] }));
    const { call } = await inProcessApi({ dataDir: dir });
    writeFileSync(path.join(dir, 'backups', 'cadence-20200101T000000000Z.json'), JSON.stringify(workspace([])));
    const answer = await call('restoreBackup', { name: 'cadence-20200101T000000000Z.json' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(JSON.parse(readFileSync(path.join(dir, 'cadence.json'), 'utf8')).schemaVersion).toBe(99);
  });

  it('opens the backups folder through the desktop shell only', async () => {
    const { call, ctx, dataDir } = await inProcessApi();
    expect(await call('openBackupsFolder', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    const opened: string[] = [];
    ctx.shell.openFolder = async (p) => {
      opened.push(p);
    };
    const answer = valueOf<{ folder: string }>(await call('openBackupsFolder', {}));
    expect(opened).toEqual([path.join(dataDir, 'backups')]);
    expect(answer.folder).toBe(opened[0]);
    expect(valueOf<BackupList>(await call('listBackups', {})).folder).toBe(opened[0]);
  });
});
