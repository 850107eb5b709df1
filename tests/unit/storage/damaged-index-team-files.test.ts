import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { teamPath } from '../../../src/storage/layout';
import { loadWorkspace } from '../../../src/storage/load-workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';
import { indexFile, readOnDisk } from './on-disk';

const parseTeam = WorkspaceSchema.shape.teams.element.parse;
const team = (name: string) =>
  parseTeam({ id: `id-${name}`, name, createdAt: '2026-11-01T09:00:00.000Z', settings: {} });

const teamsFolder = (dir: string) => readdirSync(path.join(dir, 'teams')).sort();

/**
 * Teams A, B and C in a start-up backup; then B renamed and team D added (in no backup). Then the index is
 * damaged, and so are the files of A (a backup holds it) and D (none does).
 */
async function damagedIndexAndTeamFiles() {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir });
  await store.mutate('workspace', (d) => {
    d.teams.push(team('A'), team('B'), team('C'));
  });
  await store.close();
  await (await openWorkspaceStore({ dataDir: dir })).close(); // a start-up backup holding A, B, C
  const later = await openWorkspaceStore({ dataDir: dir });
  await later.mutate({ teamId: 'id-B' }, (d) => {
    d.teams.find((t) => t.id === 'id-B')!.name = 'B saved after the backup';
  });
  await later.mutate('workspace', (d) => {
    d.teams.push(team('D'));
  });
  await later.close();
  writeFileSync(indexFile(dir), 'not json');
  const damagedA = '{"id": "id-A", "na';
  const damagedD = JSON.stringify({ id: 'id-D', name: 42 });
  writeFileSync(teamPath(dir, 'id-A'), damagedA);
  writeFileSync(teamPath(dir, 'id-D'), damagedD);
  return { dir, damagedA, damagedD };
}

describe('team files that do not load when the index itself is damaged', () => {
  it('are kept aside and named, the team opening from a backup that holds it', async () => {
    const { dir, damagedA, damagedD } = await damagedIndexAndTeamFiles();

    const opened = await openWorkspaceStore({ dataDir: dir });
    expect(opened.snapshot().teams.map((t) => t.name)).toEqual(['A', 'B saved after the backup', 'C']);
    const messages = opened.notices.map((n) => n.message);
    expect(messages).toEqual([
      expect.stringMatching(/^The data file could not be read/),
      expect.stringMatching(
        /team “A” .*teams[/\\]id-A\.json.*not valid JSON.*kept as id-A\.json\.damaged-.*opened that team from the newest good backup/,
      ),
      expect.stringMatching(
        /team “D” .*teams[/\\]id-D\.json.*does not match the expected shape.*no backup holds that team.*kept as id-D\.json\.damaged-/,
      ),
    ]);
    await opened.close();

    // Each kept aside as it was, byte for byte, and named by its notice; the teams' files now hold good data.
    const aside = (id: string) => teamsFolder(dir).filter((n) => n.startsWith(`${id}.json.damaged-`));
    expect(aside('id-A')).toHaveLength(1);
    expect(aside('id-D')).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'teams', aside('id-A')[0]!), 'utf8')).toBe(damagedA);
    expect(readFileSync(path.join(dir, 'teams', aside('id-D')[0]!), 'utf8')).toBe(damagedD);
    expect(opened.notices[1]?.damagedFile).toBe(path.join(dir, 'teams', aside('id-A')[0]!));
    expect(opened.notices[1]?.backupFile).toBeDefined();
    expect(opened.notices[2]?.damagedFile).toBe(path.join(dir, 'teams', aside('id-D')[0]!));
    expect(readOnDisk(dir).teams.map((t) => t.name)).toEqual(['A', 'B saved after the backup', 'C']);
  });

  it('are named but left where they are by a read-only load', async () => {
    const { dir, damagedA, damagedD } = await damagedIndexAndTeamFiles();
    const loaded = await loadWorkspace(dir, path.join(dir, 'backups'), new Date(), { readOnly: true });
    expect(loaded.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/^The data file could not be read/),
      expect.stringMatching(/team “A” .*teams[/\\]id-A\.json.*not valid JSON.*newest good backup/),
      expect.stringMatching(/teams[/\\]id-D\.json.*no backup holds that team/),
    ]);
    expect(readFileSync(teamPath(dir, 'id-A'), 'utf8')).toBe(damagedA);
    expect(readFileSync(teamPath(dir, 'id-D'), 'utf8')).toBe(damagedD);
  });
});
