import { afterEach, describe, expect, it } from 'vitest';
import { backupName, backupsToPrune, type BackupFile } from '../../../src/storage/backups';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

const file = (iso: string): BackupFile => ({ name: backupName(new Date(iso)), path: '', createdAt: iso, size: 1 });

/** Today's automatic backups, every 10 minutes for the 4 hours to `now`: more than the 20 newest kept anyway. */
function today(now: Date): BackupFile[] {
  return Array.from({ length: 24 }, (_, i) => file(new Date(now.getTime() - i * 600_000).toISOString()));
}

/**
 * "One a day for a week" counts the days of the machine's clock, the days the list's times are shown in: the day's
 * backup kept is the last one of that working day. Counted in UTC, a team in California (UTC−8) kept its 15:30 backup
 * as Monday's and lost the 17:30 one, which counted as Tuesday's; a team in Sydney would keep a morning's.
 */
describe('backups kept one a day', () => {
  it('keeps the last backup of each day of the machine’s clock (California)', () => {
    process.env.TZ = 'America/Los_Angeles';
    // Wednesday 25 November, 18:00 in California.
    const now = new Date('2026-11-26T02:00:00.000Z');
    const mondayMorning = file('2026-11-23T17:00:00.000Z'); // Monday 09:00
    const mondayAfternoon = file('2026-11-23T23:30:00.000Z'); // Monday 15:30
    const mondayEvening = file('2026-11-24T01:30:00.000Z'); // Monday 17:30: Tuesday in UTC
    const tuesday = file('2026-11-24T18:00:00.000Z'); // Tuesday 10:00

    const pruned = backupsToPrune([mondayMorning, mondayAfternoon, mondayEvening, tuesday, ...today(now)], now);

    const names = pruned.map((b) => b.name);
    expect(names).not.toContain(mondayEvening.name);
    expect(names).not.toContain(tuesday.name);
    expect(names).toContain(mondayAfternoon.name);
    expect(names).toContain(mondayMorning.name);
  });

  it('keeps the evening’s backup, not the morning’s, as the day’s in Sydney (UTC+11)', () => {
    process.env.TZ = 'Australia/Sydney';
    // Thursday 26 November, 20:00 in Sydney.
    const now = new Date('2026-11-26T09:00:00.000Z');
    const tuesdayMorning = file('2026-11-23T22:30:00.000Z'); // Tuesday 09:30: Monday in UTC
    const tuesdayEvening = file('2026-11-24T06:00:00.000Z'); // Tuesday 17:00

    const names = backupsToPrune([tuesdayMorning, tuesdayEvening, ...today(now)], now).map((b) => b.name);

    expect(names).toContain(tuesdayMorning.name);
    expect(names).not.toContain(tuesdayEvening.name);
  });
});
