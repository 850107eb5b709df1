import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { teamFileName, teamPath } from '../../../src/storage/layout';
import { acquireDataDirLock } from '../../../src/storage/lock';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';

const team = (name: string) =>
  WorkspaceSchema.shape.teams.element.parse({
    id: `id-${name}`,
    name,
    createdAt: '2026-11-01T09:00:00.000Z',
    settings: {},
  });

/** A folder holding teams A and B, with a start-up backup holding both. */
async function twoTeams(): Promise<string> {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'));
  });
  await store.close();
  await (await openWorkspaceStore({ dataDir: dir })).close();
  return dir;
}

describe('an entry of the wrong kind in the data folder', () => {
  it('a team file that is a folder is set aside like an unreadable file; that team comes from a backup, the others open', async () => {
    const dir = await twoTeams();
    rmSync(teamPath(dir, 'id-A'));
    mkdirSync(teamPath(dir, 'id-A'));
    writeFileSync(path.join(teamPath(dir, 'id-A'), 'inside.txt'), 'mine');

    const store = await openWorkspaceStore({ dataDir: dir });
    expect(store.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B']);
    expect(store.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/team “A” .*id-A\.json.*is a folder, not a file.*kept as id-A\.json\.damaged-/),
    ]);
    await store.close();
    // The folder is kept, whole, under another name; the team's file is written again.
    const aside = readdirSync(path.join(dir, 'teams')).filter((n) => n.startsWith(`${teamFileName('id-A')}.damaged-`));
    expect(aside).toHaveLength(1);
    expect(readdirSync(path.join(dir, 'teams', aside[0]!))).toEqual(['inside.txt']);
    expect(statSync(teamPath(dir, 'id-A')).isFile()).toBe(true);
  });

  it('cadence.json that is a folder stops the start with a message naming it, and is left as it is', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'cadence.json'));
    await expect(openWorkspaceStore({ dataDir: dir })).rejects.toThrow(
      `${path.join(dir, 'cadence.json')} is a folder, not a file; move it away and start again.`,
    );
    expect(statSync(path.join(dir, 'cadence.json')).isDirectory()).toBe(true);
  });

  it('backups that is a file stops the start with a message naming it, and is left as it is', async () => {
    const dir = await twoTeams();
    rmSync(path.join(dir, 'backups'), { recursive: true });
    writeFileSync(path.join(dir, 'backups'), 'mine');
    await expect(openWorkspaceStore({ dataDir: dir })).rejects.toThrow(
      `${path.join(dir, 'backups')} is a file, not a folder; move it away and start again.`,
    );
    expect(statSync(path.join(dir, 'backups')).isFile()).toBe(true);
  });

  it('teams that is a file stops the start with a message naming it, and is left as it is', async () => {
    const dir = await twoTeams();
    rmSync(path.join(dir, 'teams'), { recursive: true });
    writeFileSync(path.join(dir, 'teams'), 'mine');
    await expect(openWorkspaceStore({ dataDir: dir })).rejects.toThrow(
      `${path.join(dir, 'teams')} is a file, not a folder; move it away and start again.`,
    );
    expect(statSync(path.join(dir, 'teams')).isFile()).toBe(true);
  });

  it('cadence.lock that is a folder stops the start with a message naming it, and is left as it is', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'cadence.lock'));
    await expect(acquireDataDirLock(dir, { app: 'test' })).rejects.toThrow(
      `${path.join(dir, 'cadence.lock')} is a folder, not a file; move it away and start again.`,
    );
    expect(statSync(path.join(dir, 'cadence.lock')).isDirectory()).toBe(true);
  });
});
