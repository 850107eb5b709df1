import { describe, expect, it } from 'vitest';
import { backupName, backupsToPrune, KEEP_RECENT, type BackupFile } from '../../../src/storage/backups';

const HOUR = 3_600_000;
const now = new Date('2026-11-27T18:00:00.000Z');
const file = (at: Date, tag = ''): BackupFile => ({
  name: backupName(at, tag),
  path: '',
  createdAt: at.toISOString(),
  size: 1,
});
/** A working day's automatic backups, every 10 minutes from `hours` hours ago until now: more than KEEP_RECENT. */
const automaticSince = (hours: number) =>
  Array.from({ length: hours * 6 }, (_, i) => file(new Date(now.getTime() - i * 600_000)));

/**
 * A backup a person's own action took is the way back from that action: the team deleted in the morning's standup,
 * noticed missing at the afternoon's retro, is still in the backup the deletion's confirmation promised; so is the
 * data before a restore or an import, and a backup taken with Back up now before a risky change. Such a backup is
 * kept for a week, however many automatic backups come after it the same day.
 */
describe('backups taken for a person’s action', () => {
  it.each([
    ['before-team-delete'],
    ['before-restore'],
    ['before-workspace-import'],
    ['before-backlog-import'],
    ['before-calendar-import'],
    ['before-join'],
    ['manual'],
  ])('keeps one tagged %s through a day of automatic backups', (tag) => {
    const morning = file(new Date(now.getTime() - 8 * HOUR), tag);
    const day = automaticSince(7);
    expect(day.length).toBeGreaterThan(KEEP_RECENT);

    const pruned = backupsToPrune([morning, ...day], now).map((b) => b.name);

    expect(pruned).not.toContain(morning.name);
    expect(pruned).toHaveLength(day.length - KEEP_RECENT);
  });

  it('prunes one older than a week, and keeps the sync’s by the automatic rule (a sync takes one at every merge)', () => {
    const lastWeek = file(new Date(now.getTime() - 8 * 24 * HOUR), 'before-team-delete');
    const merged = file(new Date(now.getTime() - 8 * HOUR), 'before-sync');
    const day = automaticSince(7);

    const pruned = backupsToPrune([lastWeek, merged, ...day], now).map((b) => b.name);

    expect(pruned).toContain(lastWeek.name);
    expect(pruned).toContain(merged.name);
  });
});
