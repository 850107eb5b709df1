import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { teamPath } from '../../../src/storage/layout';
import { BACKUP_DIR_NAME } from '../../../src/storage/data-dir';
import { loadWorkspace } from '../../../src/storage/load-workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';
import { readOnDisk } from './on-disk';

const parseTeam = WorkspaceSchema.shape.teams.element.parse;
const team = (name: string) =>
  parseTeam({ id: `id-${name}`, name, createdAt: '2026-11-01T09:00:00.000Z', settings: {} });

/** A folder whose team A was missing at one start (so set aside, the index as it was kept), none in a backup. */
async function teamAWentMissing() {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'), team('C'));
  });
  await store.close();
  const file = teamPath(dir, 'id-A');
  const text = readFileSync(file, 'utf8');
  rmSync(file);
  await (await openWorkspaceStore({ dataDir: dir })).close();
  return { dir, file, text };
}

/**
 * A folder whose team A is in a start-up backup, no longer named by the index (as after a start without its
 * file; a copy of the old index kept), and whose file is back, damaged.
 */
async function teamAReturnedDamagedWithBackup(): Promise<string> {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'));
  });
  await store.close();
  await (await openWorkspaceStore({ dataDir: dir })).close(); // a start-up backup holding A and B
  const index = JSON.parse(readFileSync(path.join(dir, 'cadence.json'), 'utf8')) as { teams: { id: string }[] };
  writeFileSync(path.join(dir, 'cadence.json.damaged-2026-11-02T09-00-00-000Z'), JSON.stringify(index));
  writeFileSync(
    path.join(dir, 'cadence.json'),
    JSON.stringify({ ...index, teams: index.teams.filter((t) => t.id !== 'id-A') }),
  );
  writeFileSync(teamPath(dir, 'id-A'), '{"id": "id-A", "na');
  return dir;
}

const teamsFolder = (dir: string) => readdirSync(path.join(dir, 'teams')).sort();

describe('a team file that comes back but does not load', () => {
  it.each([
    ['damaged JSON', (text: string) => text.slice(0, text.length / 2), /not valid JSON/],
    ['the wrong shape', () => JSON.stringify({ id: 'id-A', name: 42 }), /does not match the expected shape/],
    ['another team', () => JSON.stringify(team('Z')), /holds another team/],
  ])('holding %s is set aside with a notice naming the file, and nothing is lost', async (_, damage, reason) => {
    const { dir, file, text } = await teamAWentMissing();
    const back = damage(text);
    writeFileSync(file, back); // the file is back, but damaged

    const opened = await openWorkspaceStore({ dataDir: dir });
    expect(opened.snapshot().teams.map((t) => t.name)).toEqual(['B', 'C']);
    expect(opened.notices).toHaveLength(1);
    const [notice] = opened.notices;
    expect(notice?.kind).toBe('recovered');
    expect(notice?.message).toMatch(/teams[/\\]id-A\.json/);
    expect(notice?.message).toMatch(reason);
    expect(notice?.message).toMatch(/It was kept as id-A\.json\.damaged-/);
    await opened.close();

    // Kept aside as it was, byte for byte, and named by the notice.
    const aside = teamsFolder(dir).filter((n) => n.startsWith('id-A.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(notice?.damagedFile).toBe(path.join(dir, 'teams', aside[0]!));
    expect(readFileSync(path.join(dir, 'teams', aside[0]!), 'utf8')).toBe(back);
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['B', 'C']);

    // Once the good file is back, the team opens again.
    writeFileSync(file, text);
    const again = await openWorkspaceStore({ dataDir: dir });
    expect(again.snapshot().teams.map((t) => t.name)).toEqual(['B', 'C', 'A']);
    await again.close();
  });

  it('opens the team from a backup that holds it, as for any damaged team file', async () => {
    const dir = await teamAReturnedDamagedWithBackup();

    const opened = await openWorkspaceStore({ dataDir: dir });
    expect(opened.snapshot().teams.map((t) => t.name)).toEqual(['B', 'A']);
    expect(opened.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/team “A” .*teams[/\\]id-A\.json.*not valid JSON.*kept as id-A\.json\.damaged-.*backup/),
    ]);
    await opened.close();
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['B', 'A']);
  });

  it('finds the team again when the start that took it from a backup died before writing it', async () => {
    const dir = await teamAReturnedDamagedWithBackup();

    // The load alone, as a start the power cut ends before the store writes anything.
    const cut = await loadWorkspace(dir, path.join(dir, BACKUP_DIR_NAME), new Date());
    expect(cut.notices).toHaveLength(1);

    const next = await openWorkspaceStore({ dataDir: dir });
    expect(next.snapshot().teams.map((t) => t.name)).toEqual(['B', 'A']);
    expect(next.notices.map((n) => n.message)).toEqual([expect.stringMatching(/team “A” .*backup/)]);
    await next.close();
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['B', 'A']);
  });
});
