import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema } from '../../../src/domain/workspace';
import { teamFileName, teamPath } from '../../../src/storage/layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { folderState } from '../../helpers/folder-state';
import { tempDir } from '../../helpers/in-process-api';
import { indexFile, readOnDisk } from './on-disk';

const FIXTURE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'v1-single-file.json'), 'utf8');
const parseTeam = WorkspaceSchema.shape.teams.element.parse;
const team = (name: string) =>
  parseTeam({ id: `id-${name}`, name, createdAt: '2026-11-01T09:00:00.000Z', settings: {} });

async function threeTeams() {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'), team('C'));
  });
  return { dir, store };
}

describe('per-team file layout', () => {
  it('rewrites only the changed team file for a team-scoped change', async () => {
    const { dir, store } = await threeTeams();
    const inode = (file: string) => statSync(file).ino;
    const before = { index: inode(indexFile(dir)), a: inode(teamPath(dir, 'id-A')), c: inode(teamPath(dir, 'id-C')) };
    const b = inode(teamPath(dir, 'id-B'));
    await store.mutate({ teamId: 'id-B' }, (d) => {
      d.teams[1]!.name = 'B renamed';
    });
    // Atomic writes replace the file (new inode); untouched files keep theirs.
    expect(inode(teamPath(dir, 'id-B'))).not.toBe(b);
    expect({ index: inode(indexFile(dir)), a: inode(teamPath(dir, 'id-A')), c: inode(teamPath(dir, 'id-C')) }).toEqual(
      before,
    );
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['A', 'B renamed', 'C']);
  });

  it('keeps the team order in the index and removes the file of a deleted team', async () => {
    const { dir, store } = await threeTeams();
    await store.mutate('workspace', (d) => {
      d.teams.splice(0, 1);
      d.teams.reverse();
    });
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['C', 'B']);
    expect(existsSync(teamPath(dir, 'id-A'))).toBe(false);
    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.snapshot().teams.map((t) => t.name)).toEqual(['C', 'B']);
  });

  it('makes the teams folder again when it was removed while Cadence ran, and saves the change', async () => {
    const { dir, store } = await threeTeams();
    rmSync(path.join(dir, 'teams'), { recursive: true });
    await store.mutate({ teamId: 'id-B' }, (d) => {
      d.teams[1]!.name = 'B saved again';
    });
    expect(existsSync(teamPath(dir, 'id-B'))).toBe(true);
    expect(JSON.parse(readFileSync(teamPath(dir, 'id-B'), 'utf8')).name).toBe('B saved again');
    await store.close();
  });

  it('names team files from the id only, so an id cannot reach outside the teams folder', () => {
    expect(teamFileName('0f6c9a2e-1b7d-4a57-9f7e-2f0c4d8b9a11')).toBe('0f6c9a2e-1b7d-4a57-9f7e-2f0c4d8b9a11.json');
    expect(teamFileName('../../etc/passwd')).toMatch(/^team-[0-9a-f]{32}\.json$/);
    expect(teamFileName('a/b')).not.toContain('/');
  });

  it('migrates a format-1 single file to per-team files, keeping a copy of the old file', async () => {
    const dir = tempDir();
    writeFileSync(indexFile(dir), FIXTURE);
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.notices.map((n) => n.kind)).toEqual(['migrated']);
    const teams = store.snapshot().teams;
    expect(teams.map((t) => t.name)).toEqual(['Platform', 'Network']);
    expect(teams[0]?.items.map((i) => i.title)).toEqual(['Rotate TLS certificates', 'Upgrade the Postgres primary']);
    expect(teams[0]?.settings.bufferPercent).toBe(25);

    const onDisk = readOnDisk(dir);
    expect(onDisk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(onDisk.layout).toBe('per-team');
    expect(onDisk.teams.map((t) => t.id)).toEqual(['team-platform', 'team network/edge']);
    expect(readdirSync(path.join(dir, 'teams'))).toHaveLength(2);
    const copy = readdirSync(path.join(dir, 'backups')).find((n) => n.endsWith('-before-migration-v1.json'));
    expect(copy && readFileSync(path.join(dir, 'backups', copy), 'utf8')).toBe(FIXTURE);

    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.notices).toEqual([]);
    expect(reopened.snapshot()).toEqual(store.snapshot());
  });

  it('sets a damaged team file aside and opens that team from the newest backup, leaving other teams as saved', async () => {
    const { dir, store } = await threeTeams();
    // Its start-up backup holds A, B, C (taken in the background; close() waits for it).
    await (await openWorkspaceStore({ dataDir: dir })).close();
    await store.mutate({ teamId: 'id-C' }, (d) => {
      d.teams[2]!.name = 'C after the backup';
    });
    writeFileSync(teamPath(dir, 'id-B'), '{"id":"id-B","na');

    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B', 'C after the backup']);
    expect(reopened.notices[0]?.kind).toBe('recovered');
    expect(reopened.notices[0]?.message).toMatch(/team “B” could not be read/);
    const aside = readdirSync(path.join(dir, 'teams')).filter((n) => n.startsWith(`${teamFileName('id-B')}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'teams', aside[0]!), 'utf8')).toBe('{"id":"id-B","na');
    // The recovered team is written back, so the next start is clean.
    expect(readOnDisk(dir).teams[1]?.name).toBe('B');
  });

  it('opens read-only without touching the folder: a damaged file stays, its team comes from a backup, changes are refused', async () => {
    const { dir, store } = await threeTeams();
    await (await openWorkspaceStore({ dataDir: dir })).close();
    await store.close();
    writeFileSync(teamPath(dir, 'id-B'), '{"id":"id-B","na');
    const before = folderState(dir);

    const reader = await openWorkspaceStore({ dataDir: dir, readOnly: true });
    expect(reader.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(reader.notices[0]?.message).toMatch(/team “B” could not be read .* from the newest good backup/);
    expect(reader.notices[0]?.message).not.toMatch(/kept as/);
    await expect(
      reader.mutate({ teamId: 'id-A' }, (d) => {
        d.teams[0]!.name = 'A changed';
      }),
    ).rejects.toThrow(/opened read-only \(a dry run\), so nothing can be changed/);
    await reader.close();

    expect(folderState(dir)).toEqual(before);
  });

  it('reads a format-1 file read-only as upgraded in memory, saying the files were left as they are', async () => {
    const dir = tempDir();
    writeFileSync(indexFile(dir), FIXTURE);
    const before = folderState(dir);
    const reader = await openWorkspaceStore({ dataDir: dir, readOnly: true });
    expect(reader.snapshot().teams.map((t) => t.name)).toEqual(['Platform', 'Network']);
    expect(reader.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/format version 1; it was read as upgraded, and the files were left as they are/),
    ]);
    await reader.close();
    expect(folderState(dir)).toEqual(before);
  });

  it('opens a missing folder read-only as an empty workspace without creating it', async () => {
    const dir = path.join(tempDir(), 'not-made');
    const reader = await openWorkspaceStore({ dataDir: dir, readOnly: true });
    expect(reader.snapshot().teams).toEqual([]);
    await reader.close();
    expect(existsSync(dir)).toBe(false);
  });

  it('recovers a team whose file went missing from the newest backup holding it', async () => {
    const { dir } = await threeTeams();
    await (await openWorkspaceStore({ dataDir: dir })).close(); // a start-up backup holding A, B, C
    rmSync(teamPath(dir, 'id-A'));
    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(reopened.notices[0]?.message).toMatch(/the file is missing/);
  });

  it('names a missing team file and its team, keeps the list of teams as it was, and opens the team again once its file is back', async () => {
    const { dir, store } = await threeTeams(); // no backup holds A, B or C yet
    await store.close();
    const file = teamPath(dir, 'id-A');
    const text = readFileSync(file, 'utf8');
    rmSync(file); // away for one start (a sync tool not finished, a copy not done)

    const opened = await openWorkspaceStore({ dataDir: dir });
    expect(opened.snapshot().teams.map((t) => t.name)).toEqual(['B', 'C']);
    expect(opened.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/team “A” .*teams[/\\]id-A\.json.*the file is missing.* no backup holds/),
    ]);
    await opened.close();
    // The index as it was, naming A, is kept beside the data file.
    const kept = readdirSync(dir).filter((n) => n.startsWith('cadence.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, kept[0]!), 'utf8')).teams).toContainEqual({ id: 'id-A' });

    writeFileSync(file, text); // the file is back
    const again = await openWorkspaceStore({ dataDir: dir });
    expect(again.snapshot().teams.map((t) => t.name)).toEqual(['B', 'C', 'A']);
    expect(again.notices.map((n) => n.message)).toEqual([expect.stringMatching(/team “A” .*teams[/\\]id-A\.json/)]);
    await again.close();
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['B', 'C', 'A']);
    const quiet = await openWorkspaceStore({ dataDir: dir });
    expect(quiet.notices).toEqual([]);
    await quiet.close();
  });

  it("leaves alone a team file no index ever named, as a power cut between a new team's file and the index leaves it", async () => {
    const { dir, store } = await threeTeams();
    await store.close();
    const stray = JSON.stringify(team('D'));
    writeFileSync(teamPath(dir, 'id-D'), stray);
    const opened = await openWorkspaceStore({ dataDir: dir });
    expect(opened.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    expect(opened.notices).toEqual([]);
    await opened.close();
    expect(readFileSync(teamPath(dir, 'id-D'), 'utf8')).toBe(stray);
  });

  it('keeps team files newer than the backup when the index itself is damaged', async () => {
    const { dir, store } = await threeTeams();
    await (await openWorkspaceStore({ dataDir: dir })).close(); // a start-up backup holding A, B, C
    await store.mutate({ teamId: 'id-A' }, (d) => {
      d.teams[0]!.name = 'A saved after the backup';
    });
    writeFileSync(indexFile(dir), 'not json');
    const reopened = await openWorkspaceStore({ dataDir: dir });
    expect(reopened.snapshot().teams.map((t) => t.name)).toEqual(['A saved after the backup', 'B', 'C']);
    expect(reopened.notices[0]?.kind).toBe('recovered');
    expect(readdirSync(dir).filter((n) => n.startsWith('cadence.json.damaged-'))).toHaveLength(1);
  });

  it('opens an index from a newer version read-only and never writes its files', async () => {
    const { dir } = await threeTeams();
    const index = JSON.parse(readFileSync(indexFile(dir), 'utf8')) as Record<string, unknown>;
    const newer = JSON.stringify({ ...index, schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    writeFileSync(indexFile(dir), newer);
    const teamText = readFileSync(teamPath(dir, 'id-A'), 'utf8');
    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.readOnly).toBe(true);
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B', 'C']);
    await expect(store.mutate({ teamId: 'id-A' }, () => undefined)).rejects.toMatchObject({ code: 'read_only' });
    expect(readFileSync(indexFile(dir), 'utf8')).toBe(newer);
    expect(readFileSync(teamPath(dir, 'id-A'), 'utf8')).toBe(teamText);
  });
});
