import { describe, expect, it } from 'vitest';
import { backupKind } from '../../../renderer/screens/data/backup-format';
import { backupName } from '../../../src/storage/backups';
import { inProcessApi } from '../../helpers/in-process-api';

const at = new Date('2026-11-27T09:30:00.123Z');

describe('why a backup was taken, as the Backups list says it', () => {
  it('names every safety backup Cadence takes in words, never by its file tag', () => {
    expect(backupKind(backupName(at, 'before-calendar-import'))).toBe('Before a calendar import');
    expect(backupKind(backupName(at, 'before-team-delete'))).toBe('Before a team was deleted');
    expect(backupKind(backupName(at))).toBe('Automatic');
  });

  it('tells a backlog import from a workspace import by the backup each takes', async () => {
    const { api } = await inProcessApi({ now: () => at });
    const teamId = (await api.createTeam({ name: 'Platform' })).id;
    const backlog = await api.importBacklog({
      teamId,
      product: 'jira',
      rows: [
        {
          row: 2,
          key: 'OPS-1',
          site: 'https://acme.atlassian.net',
          link: null,
          title: 'Rotate certs',
          type: 'task',
          description: '',
          labels: [],
          points: null,
          notes: [],
          skip: null,
        },
      ],
    });
    expect(backupKind(backlog.backup ?? '')).toBe('Before a backlog import');

    const { content } = await api.exportWorkspace({});
    const workspace = await api.importWorkspace({ content });
    expect(backupKind(workspace.safetyBackup)).toBe('Before a workspace import');
  });

  it('names a backup an older version took before an import (backlog or workspace: its tag does not say which)', () => {
    expect(backupKind(backupName(at, 'before-import'))).toBe('Before a backlog or workspace import');
  });
});
