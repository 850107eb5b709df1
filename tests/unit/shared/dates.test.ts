import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange, formatLocalTime, formatUtcTime } from '../../../src/domain/shared/dates';

const now = new Date('2026-12-01T10:00:00.000Z');

describe('dates written for people', () => {
  it('writes a day as "Tue 1 Dec", by the calendar day whatever the time zone', () => {
    expect(formatDay('2026-12-01', { now })).toBe('Tue 1 Dec');
    expect(formatDay('2026-12-01T23:59:00.000Z', { now })).toBe('Tue 1 Dec');
    expect(formatDayRange('2026-11-02', '2026-11-13', { now })).toBe('Mon 2 Nov – Fri 13 Nov');
  });

  it('adds the year only where it is not the current one', () => {
    expect(formatDay('2025-12-01', { now })).toBe('Mon 1 Dec 2025');
  });

  it('writes the year of a range within one year once, at its end, and both years of one across two', () => {
    expect(formatDayRange('2022-05-09', '2022-05-20', { now })).toBe('Mon 9 May – Fri 20 May 2022');
    expect(formatDayRange('2026-11-02', '2026-11-13', { withYear: true })).toBe('Mon 2 Nov – Fri 13 Nov 2026');
    expect(formatDayRange('2025-12-29', '2026-01-09', { now })).toBe('Mon 29 Dec 2025 – Fri 9 Jan 2026');
    expect(formatDayRange('2026-12-28', '2027-01-08', { now })).toBe('Mon 28 Dec 2026 – Fri 8 Jan 2027');
  });

  it('always writes the year in exports', () => {
    expect(formatDay('2026-12-01', { withYear: true })).toBe('Tue 1 Dec 2026');
    expect(formatUtcTime('2026-12-01T06:42:00.000Z', { withYear: true })).toBe('Tue 1 Dec 2026 06:42 UTC');
  });

  it('writes moments the team shares in UTC, and this machine’s own in its local time', () => {
    expect(formatUtcTime('2026-12-01T06:42:00.000Z', { now })).toBe('Tue 1 Dec 06:42 UTC');
    const local = new Date(2026, 11, 1, 14, 5, 9);
    expect(formatLocalTime(local.toISOString(), { now })).toBe('Tue 1 Dec, 14:05:09');
  });
});
