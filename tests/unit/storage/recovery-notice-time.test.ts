import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../../src/domain/shared/dates';
import { teamFileName } from '../../../src/storage/layout';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A backup time in the past, at an odd second, so the notice's time cannot match by chance. */
const TAKEN = new Date('2026-11-27T09:30:07.123Z');

/** A data folder with one team, a backup of it taken at TAKEN, and the file named `damage` then damaged. */
async function damagedFolder(damage: (dir: string, teamId: string) => string) {
  const dataDir = tempDir();
  const store = await openWorkspaceStore({ dataDir });
  const platform = team('Platform');
  await store.mutate('workspace', (d) => {
    d.teams.push(platform);
  });
  const name = await store.backups.keep(JSON.stringify(store.snapshot()), TAKEN, 'manual');
  await store.close();
  writeFileSync(damage(dataDir, platform.id), '{"trunc');
  // Opened without a start-up backup newer than TAKEN: the backup found is the one taken at TAKEN.
  const reopened = await openWorkspaceStore({ dataDir, now: () => new Date('2026-11-28T08:00:00.000Z') });
  return { reopened, name };
}

/**
 * The notice after a damaged file names the backup Cadence opened by its time as the Backups list shows it (this
 * computer's clock, "Fri 27 Nov, 10:30:07"), so the facilitator finds it there: not as a UTC timestamp with
 * milliseconds ("2026-11-27T09:30:07.123Z"), an hour or more off the list's in most of the world.
 */
describe('the notice of a damaged file names the backup as the Backups list does', () => {
  const listed = formatLocalTime(TAKEN.toISOString(), { now: new Date('2026-11-28T08:00:00.000Z') });

  it('for a damaged team file', async () => {
    const { reopened } = await damagedFolder((dir, id) => path.join(dir, 'teams', teamFileName(id)));
    const [notice] = reopened.notices;
    expect(notice?.message).toMatch(/team “Platform” could not be read/);
    expect(notice?.message).toContain(listed);
    expect(notice?.message).not.toContain(TAKEN.toISOString());
  });

  it('for a damaged data file', async () => {
    const { reopened } = await damagedFolder((dir) => path.join(dir, 'cadence.json'));
    const [notice] = reopened.notices;
    expect(notice?.message).toMatch(/data file could not be read/);
    expect(notice?.message).toContain(listed);
    expect(notice?.message).not.toContain(TAKEN.toISOString());
  });
});
