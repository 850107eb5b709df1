import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { itemFields, member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/**
 * An Undo offered before a restore or a workspace import takes back a change to data that has since been
 * replaced: the server refuses it rather than apply it to the data now in place.
 */
describe('undo after the whole workspace was replaced', () => {
  it('refuses to put back an item deleted before a restore, into a backlog that never held it', async () => {
    const dir = tempDir();
    writeWorkspace(dir, [team('Platform')]);
    const { api, store } = await inProcessApi({ dataDir: dir });
    const teamId = store.snapshot().teams[0]!.id;
    await api.createItem({ teamId, item: itemFields('Keep') });
    const backup = await api.backupNow({});
    const scratch = await api.createItem({ teamId, item: itemFields('Scratch') });
    await api.deleteItem({ teamId, itemId: scratch.id });

    await api.restoreBackup({ name: backup.name });

    const titles = () => store.snapshot().teams[0]!.items.map((i) => i.title);
    expect(titles()).toEqual(['Keep']);
    await expect(api.restoreItem({ teamId, itemId: scratch.id })).rejects.toThrow(
      'This deletion can no longer be undone: Cadence was restarted, or all data was restored or replaced, since.',
    );
    expect(titles()).toEqual(['Keep']);
  });

  it('refuses to undo a calendar import made before a workspace import', async () => {
    const dir = tempDir();
    const ben = member('Ben Ode');
    const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
    const doc = team('Platform', { members: [ben], sprints: [s12] });
    writeWorkspace(dir, [doc]);
    const { api, store } = await inProcessApi({ dataDir: dir });
    const exported = await api.exportWorkspace({});
    const text = readFileSync(
      path.join(import.meta.dirname, '../../fixtures/calendars/pagerduty-schedule.ics'),
      'utf8',
    );
    const imported = await api.importCalendar({ teamId: doc.id, sprintId: s12.id, text, kind: 'onCall' });
    expect(imported.added).toBeGreaterThan(0);

    await api.importWorkspace({ content: exported.content });

    const onCall = () => (store.snapshot().teams[0] as TeamDoc).sprints[0]!.onCall;
    expect(onCall()).toEqual([]);
    await expect(api.undoCalendarImport({ teamId: doc.id, importId: imported.importId! })).rejects.toThrow(
      /can no longer be undone here/,
    );
  });
});
