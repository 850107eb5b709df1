import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../src/domain/workspace';
import { encodeIndex, teamPath } from '../../../src/storage/layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';
import { readOnDisk } from './on-disk';

/** A realistic version-4 workspace: team Platform (holidays and windows in its sprints) and team Network. */
const v4 = JSON.parse(readFileSync(path.join(import.meta.dirname, 'migration-fixtures/v4.json'), 'utf8')) as {
  teams: { id: string; name: string; sprints?: { holidays?: { id: string }[] }[] }[];
};
const [platform, network] = v4.teams as [(typeof v4.teams)[number], (typeof v4.teams)[number]];
const platformHolidays = (platform.sprints ?? []).flatMap((s) => s.holidays ?? []).map((h) => h.id);

/**
 * A folder in the per-team layout whose Platform file was missing at a start of format 4 (so the index no
 * longer names it, and the index as it was is kept beside it), and whose file, written in format 4, is back.
 * The index itself is at `indexVersion`: still 4, or already upgraded by a start while the file was away.
 */
function platformBackInFormat4(indexVersion: number): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'teams'));
  writeFileSync(
    path.join(dir, 'cadence.json.damaged-2026-11-02T09-00-00-000Z'),
    encodeIndex(4, [platform.id, network.id]),
  );
  writeFileSync(path.join(dir, 'cadence.json'), encodeIndex(indexVersion, [network.id]));
  writeFileSync(teamPath(dir, platform.id), JSON.stringify(platform));
  const networkInIndexFormat =
    indexVersion === 4 ? network : { ...network, calendar: { holidays: [], changeWindows: [] } };
  writeFileSync(teamPath(dir, network.id), JSON.stringify(networkInIndexFormat));
  return dir;
}

describe('a team file that comes back in an older format', () => {
  it.each([
    ['the whole folder is still in format 4', 4],
    ['the index was upgraded while the file was away', CURRENT_SCHEMA_VERSION],
  ])('is upgraded and opened, with its notice, when %s', async (_, indexVersion) => {
    const dir = platformBackInFormat4(indexVersion);

    const opened = await openWorkspaceStore({ dataDir: dir });
    const teams = opened.snapshot().teams;
    expect(teams.map((t) => t.name)).toEqual(['Network', 'Platform']);
    // Upgraded as the normal load upgrades: the holidays typed into its sprints are in its calendar.
    expect(teams[1]!.calendar.holidays.map((h) => h.id)).toEqual(platformHolidays);
    expect(opened.notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(
        /team “Platform” .*teams[/\\]team-platform\.json.* is back\. Cadence opened the team again.*format version 4; Cadence upgraded it\./,
      ),
    );
    expect(opened.notices.filter((n) => n.damagedFile !== undefined)).toEqual([]);
    await opened.close();

    // Nothing set aside; the team is named and written in today's format from now on.
    expect(readdirSync(path.join(dir, 'teams')).filter((n) => n.includes('.damaged-'))).toEqual([]);
    const disk = readOnDisk(dir);
    expect(disk.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(disk.teams.map((t) => t.name)).toEqual(['Network', 'Platform']);
    const again = await openWorkspaceStore({ dataDir: dir });
    expect(again.snapshot().teams[1]!.calendar.holidays.map((h) => h.id)).toEqual(platformHolidays);
    expect(again.notices).toEqual([]);
    await again.close();
  });
});
