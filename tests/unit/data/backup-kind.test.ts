import { describe, expect, it } from 'vitest';
import { backupKind } from '../../../renderer/screens/data/backup-format';
import { backupName } from '../../../src/storage/backups';

const at = new Date('2026-11-27T09:30:00.123Z');

describe('why a backup was taken, as the Backups list says it', () => {
  it('names every safety backup Cadence takes in words, never by its file tag', () => {
    expect(backupKind(backupName(at, 'before-calendar-import'))).toBe('Before a calendar import');
    expect(backupKind(backupName(at, 'before-team-delete'))).toBe('Before a team was deleted');
    expect(backupKind(backupName(at, 'before-import'))).toBe('Before an import');
    expect(backupKind(backupName(at))).toBe('Automatic');
  });
});
