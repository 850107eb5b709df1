import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessKind, readCalendar, type CalendarReading } from '../../../src/domain/planning/ical-import';

/** The vendor-shaped files of tests/fixtures/calendars (see its README), read for a sprint in Berlin. */
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/calendars');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const SPRINT = { from: '2026-11-30', to: '2026-12-11' };
const read = (name: string, zone = 'Europe/Berlin', range = SPRINT) =>
  readCalendar(fixture(name), range.from, range.to, zone);
const rows = (reading: CalendarReading) =>
  reading.events.map((e) => `${e.summary} ${e.startDate}…${e.endDate} ${e.busy}`);

describe('calendars as the products write them', () => {
  it('Outlook leave: a moved occurrence counts on its new day only, an EXDATE not at all, OOF is leave, free is not', () => {
    const reading = read('outlook-leave.ics');
    expect(reading.problems).toEqual([]);
    expect(rows(reading)).toEqual([
      // The weekly Tuesday "Away" was moved from Tue 1 Dec to Thu 3 Dec; Tue 8 Dec is an EXDATE.
      'Away 2026-12-03…2026-12-03 oof',
      'Focus time 2026-12-09…2026-12-09 free',
      'Annual leave 2026-12-10…2026-12-11 oof',
    ]);
    expect(guessKind(reading)).toBe('timeOff');
  });

  it('PagerDuty: one UTC event per shift, a 09:00 hand-over counts 7 days and a 22:00–06:00 night one', () => {
    const reading = read('pagerduty-schedule.ics');
    expect(rows(reading)).toEqual([
      'On Call - Ben Ode - Platform Primary 2026-11-30…2026-12-06 busy',
      'On Call - Chidi Okafor - Platform Primary 2026-12-02…2026-12-02 busy',
      'On Call - Asha Patel - Platform Primary 2026-12-07…2026-12-13 busy',
    ]);
    expect(reading.events[0]?.people).toEqual(['Ben Ode', 'ben.ode@example.com']);
    expect(guessKind(reading)).toBe('onCall');
  });

  it('Google rota: all-day multi-day events with COUNT and UNTIL, EXDATE, a moved and a cancelled occurrence', () => {
    expect(rows(read('google-rota.ics'))).toEqual([
      'Asha Patel on call 2026-11-30…2026-12-02 free',
      // Thu 3 Dec moved to Fri 4 – Sat 5; Thu 10 Dec cancelled.
      'Ben Ode on call 2026-12-04…2026-12-05 free',
    ]);
  });

  it("Google's and Outlook's public-holiday calendars read as holidays", () => {
    const range = { from: '2026-11-30', to: '2027-01-01' };
    const google = read('google-holidays.ics', 'Europe/Berlin', range);
    expect(google.events.map((e) => `${e.summary} ${e.startDate}`)).toEqual([
      'Company Day (regional holiday) 2026-12-03',
      'Christmas Day 2026-12-25',
      'Second Day of Christmas 2026-12-26',
      "New Year's Day 2027-01-01",
    ]);
    expect(guessKind(google)).toBe('holidays');
    const outlook = read('outlook-holidays.ics', 'Europe/Berlin', range);
    expect(outlook.events.map((e) => `${e.summary} ${e.startDate}`)).toEqual([
      'Feast of the Immaculate Conception 2026-12-08',
      'Christmas Day 2026-12-25',
    ]);
    expect(guessKind(outlook)).toBe('holidays');
  });

  it('iCloud without a PRODID, with LF line ends and an unfolded line over 75 octets', () => {
    const text = fixture('icloud-leave.ics');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('PRODID');
    expect(Math.max(...text.split('\n').map((l) => Buffer.byteLength(l)))).toBeGreaterThan(75);
    // Dentist 09:00–13:00 in London is 10:00–14:00 in Berlin: one day.
    expect(rows(read('icloud-leave.ics'))).toEqual([
      'Holiday – Lisbon 2026-12-02…2026-12-04 busy',
      'Dentist 2026-12-09…2026-12-09 busy',
    ]);
  });

  it('Opsgenie and Grafana OnCall schedule exports', () => {
    expect(rows(read('opsgenie-schedule.ics'))).toEqual([
      'Asha Patel 2026-11-30…2026-12-06 busy',
      'Ben Ode 2026-12-07…2026-12-13 busy',
    ]);
    const grafana = read('grafana-oncall.ics');
    expect(rows(grafana)).toEqual(['[L1] chidi 2026-11-30…2026-12-06 busy']);
    expect(grafana.events[0]?.people).toEqual(['chidi', 'chidi.okafor@example.com']);
  });

  it('a Windows zone name with no VTIMEZONE is read through the CLDR table', () => {
    // 20:00 Pacific on Wed 2 Dec is 05:00 on Thu 3 Dec in Berlin.
    expect(rows(read('windows-zone-no-vtimezone.ics'))).toEqual(['Out of office 2026-12-03…2026-12-03 oof']);
    expect(rows(read('windows-zone-no-vtimezone.ics', 'America/Los_Angeles'))).toEqual([
      'Out of office 2026-12-02…2026-12-02 oof',
    ]);
  });

  it('an old Thunderbird zone path with no VTIMEZONE is read by the zone at its end', () => {
    const text = fixture('windows-zone-no-vtimezone.ics').replaceAll(
      'TZID=Pacific Standard Time',
      'TZID=/mozilla.org/20050126_1/America/Los_Angeles',
    );
    // 20:00 in Los Angeles on Wed 2 Dec is 05:00 on Thu 3 Dec in Berlin; read in the team's zone it was Wed.
    expect(rows(readCalendar(text, SPRINT.from, SPRINT.to, 'Europe/Berlin'))).toEqual([
      'Out of office 2026-12-03…2026-12-03 oof',
    ]);
  });

  it('folded lines (CRLF, then a space) are read whole', () => {
    const text = fixture('outlook-leave.ics');
    expect(text).toContain('\r\n ');
    const reading = readCalendar(text, SPRINT.from, SPRINT.to, 'UTC');
    expect(reading.events).toHaveLength(3);
  });
});
