import { describe, expect, it } from 'vitest';
import { dateInZone, startOfDateInZone } from '../../../src/domain/shared/zoned-time';

describe('the team’s day', () => {
  it('dates a moment as a clock in the team’s zone shows it', () => {
    const at = '2026-11-04T22:30:00.000Z';
    expect(dateInZone(at, 'UTC')).toBe('2026-11-04');
    expect(dateInZone(at, 'Australia/Sydney')).toBe('2026-11-05');
    expect(dateInZone(Date.parse('2026-11-05T03:00:00.000Z'), 'America/Los_Angeles')).toBe('2026-11-04');
  });

  it('starts a date at the zone’s midnight, and each moment of it is dated that day', () => {
    const start = startOfDateInZone('2026-11-05', 'Australia/Sydney');
    expect(new Date(start).toISOString()).toBe('2026-11-04T13:00:00.000Z');
    expect(dateInZone(start, 'Australia/Sydney')).toBe('2026-11-05');
    expect(dateInZone(start - 1, 'Australia/Sydney')).toBe('2026-11-04');
  });

  it('starts a date whose midnight a daylight-saving change skips at the first hour it has', () => {
    // Chile moves its clocks from 00:00 to 01:00 on Sun 6 Sep 2026.
    const start = startOfDateInZone('2026-09-06', 'America/Santiago');
    expect(new Date(start).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(dateInZone(start, 'America/Santiago')).toBe('2026-09-06');
    expect(dateInZone(start - 1, 'America/Santiago')).toBe('2026-09-05');
  });

  it('counts in UTC for a zone this machine does not know, rather than giving no date', () => {
    expect(dateInZone('2026-11-04T22:30:00.000Z', 'Mars/Olympus_Mons')).toBe('2026-11-04');
    expect(new Date(startOfDateInZone('2026-11-05', 'Mars/Olympus_Mons')).toISOString()).toBe(
      '2026-11-05T00:00:00.000Z',
    );
  });
});
