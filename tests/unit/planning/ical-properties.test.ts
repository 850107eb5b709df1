import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datesBetween } from '../../../src/domain/planning/calendar';
import { readCalendar } from '../../../src/domain/planning/ical-import';
import { instantOfWallClock } from '../../../src/domain/shared/zoned-time';

/** Day counting in the team's zone, for schedules written in UTC (PagerDuty, Opsgenie, Grafana OnCall). */

const ZONES = [
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Asia/Tokyo',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Europe/Moscow',
  'Europe/Berlin',
  'Europe/London',
  'UTC',
  'Atlantic/Azores',
  'America/Sao_Paulo',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
];

const utc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const calendar = (start: number, end: number) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//PagerDuty Inc.//PagerDuty Calendar 1.0//EN',
    'BEGIN:VEVENT',
    'UID:shift',
    'SUMMARY:On Call - Asha Patel - Platform',
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

/** A local date in 2026 (any day, daylight-saving changes included) as year/month/day. */
const localDay = fc.integer({ min: 0, max: 364 }).map((n) => {
  const d = new Date(Date.UTC(2026, 0, 1 + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
});

function daysCounted(zone: string, start: number, end: number): string[] {
  const from = new Date(start - 3 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date(end + 3 * 86_400_000).toISOString().slice(0, 10);
  const [event] = readCalendar(calendar(start, end), from, to, zone).events;
  return event ? datesBetween(event.startDate, event.endDate) : [];
}

describe('days of a shift in the team zone', () => {
  it('a weekly rota handed over at 09:00 counts 7 days, in every zone from Auckland to Los Angeles', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), localDay, (zone, day) => {
        const start = instantOfWallClock({ ...day, hour: 9, minute: 0, second: 0 }, zone);
        const end = instantOfWallClock({ ...day, day: day.day + 7, hour: 9, minute: 0, second: 0 }, zone);
        const days = daysCounted(zone, start, end);
        expect(days).toHaveLength(7);
        expect(days[0]).toBe(`${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`);
      }),
      { numRuns: 300 },
    );
  });

  it('a 22:00–06:00 night shift counts one day, its first, in every zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), localDay, (zone, day) => {
        const start = instantOfWallClock({ ...day, hour: 22, minute: 0, second: 0 }, zone);
        const end = instantOfWallClock({ ...day, day: day.day + 1, hour: 6, minute: 0, second: 0 }, zone);
        expect(daysCounted(zone, start, end)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a shift ending at or after 12:00 counts its last day too', () => {
    const zone = 'Pacific/Auckland';
    const start = instantOfWallClock({ year: 2026, month: 12, day: 1, hour: 9, minute: 0, second: 0 }, zone);
    const end = instantOfWallClock({ year: 2026, month: 12, day: 2, hour: 12, minute: 0, second: 0 }, zone);
    expect(daysCounted(zone, start, end)).toEqual(['2026-12-01', '2026-12-02']);
  });
});

describe('any text', () => {
  const line = fc.oneof(
    fc.string(),
    fc.constantFrom(
      'BEGIN:VCALENDAR',
      'END:VCALENDAR',
      'BEGIN:VEVENT',
      'END:VEVENT',
      'BEGIN:VTIMEZONE',
      'END:VTIMEZONE',
      'DTSTART:20261201T090000Z',
      'DTEND:20261202T090000Z',
      'DTSTART;VALUE=DATE:20261201',
      'DTEND;VALUE=DATE:20261199',
      'DTSTART;TZID=W. Europe Standard Time:20261201T090000',
      'DTSTART;TZID=Nowhere/Else:20261201T090000',
      'RRULE:FREQ=DAILY',
      'RRULE:FREQ=WEEKLY;COUNT=-1',
      'RECURRENCE-ID:20261201T090000Z',
      'EXDATE:nonsense',
      'UID:x',
      'STATUS:CANCELLED',
      'X-MICROSOFT-CDO-BUSYSTATUS:OOF',
      'TZID:W. Europe Standard Time',
      'TZOFFSETTO:+0100',
      ' folded',
    ),
  );

  it('gives events and problems, never an exception', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\r\n', '\n'), (lines, eol) => {
        const reading = readCalendar(lines.join(eol), '2026-11-30', '2026-12-11', 'Europe/Berlin');
        expect(Array.isArray(reading.events)).toBe(true);
        if (reading.unreadable) expect(reading.problems.length).toBeGreaterThan(0);
        for (const e of reading.events) expect(e.startDate <= e.endDate).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
