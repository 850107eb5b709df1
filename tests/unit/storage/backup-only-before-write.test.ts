import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { team, writeWorkspace } from '../../helpers/fixtures';
import { tempDir } from '../../helpers/in-process-api';

/** A folder after a plain start: the single file migrated, its backups taken. */
async function startedFolder(): Promise<string> {
  const dir = tempDir();
  writeWorkspace(dir, [team('Before')]);
  await (await openWorkspaceStore({ dataDir: dir })).close();
  return dir;
}

const backups = (dir: string) => readdirSync(path.join(dir, 'backups'));

describe('a store opened with backupOnlyBeforeWrite (the command line)', () => {
  it('takes no backup when it writes nothing, not even when it settles or closes', async () => {
    const dir = await startedFolder();
    const before = backups(dir);
    const store = await openWorkspaceStore({ dataDir: dir, backupOnlyBeforeWrite: true, settleMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await store.close();
    expect(backups(dir)).toEqual(before);
  });

  it('still keeps the state as read in a backup before its first write replaces a file', async () => {
    const dir = await startedFolder();
    const before = new Set(backups(dir));
    const store = await openWorkspaceStore({ dataDir: dir, backupOnlyBeforeWrite: true });
    await store.mutate('workspace', (d) => {
      const first = d.teams[0];
      if (first) first.name = 'After';
    });
    await store.close();
    const added = backups(dir).filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    const backup = JSON.parse(readFileSync(path.join(dir, 'backups', added[0] ?? ''), 'utf8')) as {
      teams: { name: string }[];
    };
    expect(backup.teams.map((t) => t.name)).toEqual(['Before']);
  });
});
