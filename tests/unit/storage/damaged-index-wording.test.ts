import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkspaceSchema } from '../../../src/domain/workspace';
import { openWorkspaceStore } from '../../../src/storage/workspace-store';
import { tempDir } from '../../helpers/in-process-api';
import { indexFile } from './on-disk';

const parseTeam = WorkspaceSchema.shape.teams.element.parse;

/** A folder whose index does not load and that holds no backup; team A's own file is intact when `withTeam`. */
async function damagedIndexWithoutBackup(withTeam: boolean): Promise<string> {
  const dir = tempDir();
  const store = await openWorkspaceStore({ dataDir: dir, backupOnlyBeforeWrite: true });
  if (withTeam) {
    await store.mutate('workspace', (d) => {
      d.teams.push(parseTeam({ id: 'id-A', name: 'A', createdAt: '2026-11-01T09:00:00.000Z', settings: {} }));
    });
  } else {
    await store.mutate('workspace', () => undefined);
  }
  await store.close();
  writeFileSync(indexFile(dir), 'not json');
  return dir;
}

/** The notice is read out and shown as sentences: each one starts with a capital, and none begins mid-sentence. */
describe('the notice for a damaged index with no good backup', () => {
  it.each([
    ['teams whose files are intact', true, 'were kept as saved'],
    ['no team files', false, 'started with empty data'],
  ])('with %s: says where the index was kept, in whole sentences', async (_name, withTeam, outcome) => {
    const dir = await damagedIndexWithoutBackup(withTeam);
    const opened = await openWorkspaceStore({ dataDir: dir });
    const [notice] = opened.notices;
    await opened.close();
    expect(notice?.message).toMatch(/It was kept as cadence\.json\.damaged-[^ ]+\. [A-Z]/);
    expect(notice?.message).toContain(outcome);
    expect(notice?.message).not.toMatch(/; [A-Z]/);
  });
});
