import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cloneFolder, syncFolder } from '../../../src/sync/clone';
import { bareRepository } from '../../helpers/git-remote';
import { replica } from '../../helpers/sync-replica';

/** Every entry under `dir` that its group or others may read, write or enter, as `mode kind path` lines. */
function openToOthers(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      const mode = statSync(full).mode & 0o777;
      if (mode & 0o077)
        out.push(`${mode.toString(8)} ${entry.isDirectory() ? 'dir' : 'file'} ${path.relative(dir, full)}`);
      if (entry.isDirectory()) walk(full);
    }
  };
  walk(dir);
  return out;
}

describe.skipIf(process.platform === 'win32')('a sync clone', { timeout: 60_000 }, () => {
  it('is owner-only inside, its team file and .git included, whatever the process umask lets through', async () => {
    // Under the usual umask (022) what git creates, without being told otherwise, is readable by everyone.
    const remote = bareRepository();
    const machine = await replica();
    const teamId = (await machine.api.createTeam({ name: 'Ops' })).id;
    await machine.engine.share({ teamId, remote: remote.path, author: 'Ana' });
    await machine.api.renameTeam({ teamId, name: 'Ops renamed' });
    await machine.engine.sync(teamId);
    await machine.store.close();

    const clone = cloneFolder(machine.dataDir, teamId);
    expect(readdirSync(clone)).toContain('team.json');
    expect(readdirSync(path.join(clone, '.git', 'objects')).length).toBeGreaterThan(2);
    expect(openToOthers(syncFolder(machine.dataDir))).toEqual([]);
  });
});
