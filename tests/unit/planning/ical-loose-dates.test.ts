import { describe, expect, it } from 'vitest';
import { readCalendar } from '../../../src/domain/planning/ical-read';
import { icsOf } from '../../helpers/ics';

/**
 * Dates as hand-made and older exports write them: a whole day without VALUE=DATE, or ISO 8601 with dashes and
 * colons. Each is read as what it plainly says, not left out as "invalid date-time value".
 */
const read = (...lines: string[]) =>
  readCalendar(icsOf(['UID:x', 'SUMMARY:Asha Patel leave', ...lines]), '2026-11-30', '2026-12-11', 'Europe/Berlin');
const days = (reading: ReturnType<typeof readCalendar>) => reading.events.map((e) => `${e.startDate}…${e.endDate}`);

describe('dates written loosely', () => {
  it('a whole day without VALUE=DATE is an all-day event', () => {
    const reading = read('DTSTART:20261201', 'DTEND:20261203');
    expect(reading.problems).toEqual([]);
    expect(days(reading)).toEqual(['2026-12-01…2026-12-02']);
  });

  it('ISO dates with dashes are read as the days they name', () => {
    const reading = read('DTSTART;VALUE=DATE:2026-12-01', 'DTEND;VALUE=DATE:2026-12-03');
    expect(reading.problems).toEqual([]);
    expect(days(reading)).toEqual(['2026-12-01…2026-12-02']);
  });

  it('ISO times with dashes and colons are read as those moments', () => {
    const reading = read('DTSTART:2026-12-01T22:00:00Z', 'DTEND:2026-12-03T20:00:00Z');
    expect(reading.problems).toEqual([]);
    // 23:00 Berlin on 1 Dec to 21:00 on 3 Dec.
    expect(days(reading)).toEqual(['2026-12-01…2026-12-03']);
  });

  it('an EXDATE list of whole days without VALUE=DATE removes those days of an all-day series', () => {
    const reading = read('DTSTART:20261201', 'RRULE:FREQ=DAILY;COUNT=5', 'EXDATE:20261202,20261204');
    expect(reading.problems).toEqual([]);
    expect(days(reading)).toEqual(['2026-12-01…2026-12-01', '2026-12-03…2026-12-03', '2026-12-05…2026-12-05']);
  });

  it('a date that is no date still names its event', () => {
    const reading = read('DTSTART:2026-13-45');
    expect(reading.events).toEqual([]);
    expect(reading.problems).toEqual([expect.stringContaining('“Asha Patel leave” could not be read')]);
  });
});

describe('an event without a start', () => {
  it('is named as left out, not dropped without a word', () => {
    const reading = readCalendar(
      icsOf(
        ['UID:y', 'SUMMARY:Ben Ode leave', 'DTEND;VALUE=DATE:20261203'],
        ['UID:z', 'SUMMARY:Asha Patel leave', 'DTSTART;VALUE=DATE:20261201'],
      ),
      '2026-11-30',
      '2026-12-11',
      'Europe/Berlin',
    );
    expect(reading.events.map((e) => e.summary)).toEqual(['Asha Patel leave']);
    expect(reading.problems).toEqual(['“Ben Ode leave” could not be read and was left out: it has no start (DTSTART)']);
  });
});
