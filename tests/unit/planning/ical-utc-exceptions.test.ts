import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../../src/domain/planning/ical-read';
import { icsOf } from '../../helpers/ics';

/**
 * A series whose DTSTART names a zone the file does not define (no VTIMEZONE: many exports name the IANA zone
 * only), or no zone at all, with its removed (EXDATE) and moved (RECURRENCE-ID) occurrences written in UTC, as
 * RFC 5545 allows. 09:00 in Berlin in winter is 08:00 UTC.
 */
const standby = (start: string, exceptions: string[]) => [
  'UID:standby-asha',
  start,
  'DURATION:PT8H',
  'RRULE:FREQ=DAILY;COUNT=5',
  ...exceptions,
  'SUMMARY:Standby - Asha Patel',
];

const moved = (recurrenceId: string) => [
  'UID:standby-asha',
  recurrenceId,
  'DTSTART;TZID=Europe/Berlin:20261205T090000',
  'DURATION:PT8H',
  'SUMMARY:Standby moved - Asha Patel',
];

const days = (text: string) =>
  readCalendar(text, '2026-11-30', '2026-12-11', 'Europe/Berlin').events.map((e) => `${e.startDate} ${e.summary}`);

describe('removed and moved occurrences written in UTC', () => {
  it('an EXDATE in UTC removes the occurrence of a series in a zone the file does not define', () => {
    const text = icsOf(standby('DTSTART;TZID=Europe/Berlin:20261130T090000', ['EXDATE:20261202T080000Z']));
    expect(days(text)).toEqual([
      '2026-11-30 Standby - Asha Patel',
      '2026-12-01 Standby - Asha Patel',
      '2026-12-03 Standby - Asha Patel',
      '2026-12-04 Standby - Asha Patel',
    ]);
  });

  it('a RECURRENCE-ID in UTC moves the occurrence, not leaving it on its old day and dropping the new one', () => {
    const text = icsOf(
      standby('DTSTART;TZID=Europe/Berlin:20261130T090000', []),
      moved('RECURRENCE-ID:20261202T080000Z'),
    );
    expect(days(text)).toEqual([
      '2026-11-30 Standby - Asha Patel',
      '2026-12-01 Standby - Asha Patel',
      '2026-12-03 Standby - Asha Patel',
      '2026-12-04 Standby - Asha Patel',
      '2026-12-05 Standby moved - Asha Patel',
    ]);
  });

  it('a series without a zone (read in the team zone) honours an EXDATE in UTC', () => {
    const text = icsOf(standby('DTSTART:20261130T090000', ['EXDATE:20261202T080000Z']));
    expect(days(text)).not.toContain('2026-12-02 Standby - Asha Patel');
    expect(days(text)).toHaveLength(4);
  });

  it('a series in UTC honours an EXDATE in a zone the file does not define', () => {
    const text = icsOf(standby('DTSTART:20261130T080000Z', ['EXDATE;TZID=Europe/Berlin:20261202T090000']));
    expect(days(text)).not.toContain('2026-12-02 Standby - Asha Patel');
    expect(days(text)).toHaveLength(4);
  });

  it("an EXDATE in the series' own zone still removes only its own day", () => {
    const text = icsOf(
      standby('DTSTART;TZID=Europe/Berlin:20261130T090000', ['EXDATE;TZID=Europe/Berlin:20261203T090000']),
    );
    expect(days(text).map((d) => d.slice(0, 10))).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-04']);
  });
});
