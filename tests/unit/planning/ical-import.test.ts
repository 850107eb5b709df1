import { describe, expect, it } from 'vitest';
import {
  CalendarFileError,
  coveredAlready,
  guessKind,
  memberNamedIn,
  proposeEntries,
  readCalendar,
  readCalendarEvents,
} from '../../../src/domain/planning/ical-import';
import { member } from '../../helpers/fixtures';

const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//PagerDuty Inc.//Schedules//EN', ...events, 'END:VCALENDAR'].join(
    '\r\n',
  );
const event = (...lines: string[]) => ['BEGIN:VEVENT', `UID:${Math.random()}`, ...lines, 'END:VEVENT'].join('\r\n');

const busy = { busy: 'busy' as const, categories: [] as string[], source: expect.any(String) as string };

describe('reading an iCal schedule', () => {
  it('reads all-day events with their exclusive end, and timed shifts by their days in UTC', () => {
    const text = calendar(
      event('SUMMARY:On call - Asha Patel', 'DTSTART;VALUE=DATE:20261102', 'DTEND;VALUE=DATE:20261107'),
      event('SUMMARY:Primary: Ben Ode', 'DTSTART:20261109T090000Z', 'DTEND:20261110T090000Z'),
      event('SUMMARY:Ends at midnight', 'DTSTART:20261111T080000Z', 'DTEND:20261112T000000Z'),
    );
    expect(readCalendarEvents(text, '2026-11-01', '2026-11-30').events).toEqual([
      { summary: 'On call - Asha Patel', people: [], startDate: '2026-11-02', endDate: '2026-11-06', ...busy },
      // 09:00 to 09:00: the hand-over morning is not a day on call.
      // A timed event keeps its length and its times as the team's clock shows them (a leave import judges by them).
      {
        summary: 'Primary: Ben Ode',
        people: [],
        startDate: '2026-11-09',
        endDate: '2026-11-09',
        timed: { hours: 24, from: '09:00', to: '09:00' },
        ...busy,
      },
      {
        summary: 'Ends at midnight',
        people: [],
        startDate: '2026-11-11',
        endDate: '2026-11-11',
        timed: { hours: 16, from: '08:00', to: '00:00' },
        ...busy,
      },
    ]);
  });

  it('reads times in the zone the file defines', () => {
    const text = calendar(
      [
        'BEGIN:VTIMEZONE',
        'TZID:Pacific/Auckland',
        'BEGIN:STANDARD',
        'DTSTART:19700405T030000',
        'TZOFFSETFROM:+1300',
        'TZOFFSETTO:+1300',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
      // 08:00 on 3 Nov in Auckland (+13) is 19:00 on 2 Nov in UTC.
      event(
        'SUMMARY:Night shift',
        'DTSTART;TZID=Pacific/Auckland:20261103T080000',
        'DTEND;TZID=Pacific/Auckland:20261103T100000',
      ),
    );
    expect(readCalendarEvents(text, '2026-11-01', '2026-11-30').events[0]).toMatchObject({
      startDate: '2026-11-02',
      endDate: '2026-11-02',
    });
  });

  it('expands a weekly rota and keeps only what touches the range, with attendees as people', () => {
    const text = calendar(
      event(
        'SUMMARY:Secondary on-call',
        'ATTENDEE;CN=Chidi Okafor:mailto:chidi@example.com',
        'DTSTART;VALUE=DATE:20261005',
        'DTEND;VALUE=DATE:20261008',
        'RRULE:FREQ=WEEKLY;COUNT=10',
      ),
    );
    const { events, eventCount } = readCalendarEvents(text, '2026-11-02', '2026-11-13');
    expect(eventCount).toBe(1);
    expect(events.map((e) => [e.startDate, e.endDate])).toEqual([
      ['2026-11-02', '2026-11-04'],
      ['2026-11-09', '2026-11-11'],
    ]);
    expect(events[0]?.people).toEqual(['Chidi Okafor', 'chidi@example.com']);
  });

  it('follows a daily rota that began years before the range', () => {
    const text = calendar(
      event('SUMMARY:Pager', 'DTSTART;VALUE=DATE:20200101', 'DTEND;VALUE=DATE:20200102', 'RRULE:FREQ=DAILY'),
    );
    const days = readCalendarEvents(text, '2026-11-02', '2026-11-04').events.map((e) => e.startDate);
    expect(days).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
  });

  it('applies a moved occurrence only to its own series, even when another series has the same days', () => {
    // A shared leave calendar: two part-timers off every Friday; Asha moves Fri 4 Dec to Thu 3 Dec.
    const fridays = (uid: string, who: string) =>
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `SUMMARY:${who} off`,
        'DTSTART;VALUE=DATE:20261127',
        'DTEND;VALUE=DATE:20261128',
        'RRULE:FREQ=WEEKLY;BYDAY=FR',
        'END:VEVENT',
      ].join('\r\n');
    const text = calendar(
      fridays('asha-fridays', 'Asha'),
      fridays('ben-fridays', 'Ben'),
      [
        'BEGIN:VEVENT',
        'UID:asha-fridays',
        'SUMMARY:Asha off',
        'RECURRENCE-ID;VALUE=DATE:20261204',
        'DTSTART;VALUE=DATE:20261203',
        'DTEND;VALUE=DATE:20261204',
        'END:VEVENT',
      ].join('\r\n'),
    );
    const days = readCalendarEvents(text, '2026-11-30', '2026-12-11').events.map((e) => `${e.summary} ${e.startDate}`);
    expect(days).toEqual(['Asha off 2026-12-03', 'Ben off 2026-12-04', 'Asha off 2026-12-11', 'Ben off 2026-12-11']);
  });

  describe('one damaged event among good ones', () => {
    const good = (summary: string, day: string) =>
      event(`SUMMARY:${summary}`, `DTSTART:${day}T080000Z`, `DTEND:${day}T200000Z`);
    const withBadLine = (line: string) =>
      readCalendar(
        calendar(
          good('On Call - Asha Patel', '20261201'),
          event('SUMMARY:On Call - Ben Ode', 'DTSTART:20261202T080000Z', 'DTEND:20261202T200000Z', line),
          good('On Call - Chidi Okafor', '20261203'),
        ),
        '2026-11-30',
        '2026-12-11',
        'Europe/Berlin',
      );

    it('an unreadable RECURRENCE-ID of an event without its series spoils no other event', () => {
      const reading = withBadLine('RECURRENCE-ID:notadate');
      expect(reading.events.map((e) => e.summary)).toEqual([
        'On Call - Asha Patel',
        'On Call - Ben Ode',
        'On Call - Chidi Okafor',
      ]);
      expect(reading.problems).toEqual([]);
    });

    it.each(['RRULE:FREQ=WEEKLY;BYDAY=XX', 'RRULE:FREQ=YEARLY;BYYEARDAY=400'])(
      'an invalid rule (%s) leaves out only its event, named in a problem',
      (line) => {
        const reading = withBadLine(line);
        expect(reading.unreadable).toBe(false);
        expect(reading.eventCount).toBe(3);
        expect(reading.events.map((e) => e.summary)).toEqual(['On Call - Asha Patel', 'On Call - Chidi Okafor']);
        expect(reading.problems).toEqual([expect.stringMatching(/^“On Call - Ben Ode” could not be read/)]);
      },
    );
  });

  it('refuses what is not a calendar with a sentence, and a damaged one with the reason', () => {
    expect(() => readCalendarEvents('name,date\nAsha,2026-11-02', '2026-11-01', '2026-11-30')).toThrow(
      new CalendarFileError('This file is not an iCal calendar (.ics): it has no BEGIN:VCALENDAR.'),
    );
    expect(() =>
      readCalendarEvents('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense', '2026-11-01', '2026-11-30'),
    ).toThrow(CalendarFileError);
  });

  it('says a file cut short may be cut short, in a sentence the caller can go on from', () => {
    const cut = calendar(event('SUMMARY:Pager', 'DTSTART;VALUE=DATE:20261102')).split('END:VEVENT')[0] ?? '';
    expect(() => readCalendarEvents(cut, '2026-11-01', '2026-11-30')).toThrow(
      new CalendarFileError(
        'This iCal file could not be read: it ends before its calendar does (the file may be cut short).',
      ),
    );
  });
});

describe('matching events to members', () => {
  const asha = member('Asha Patel');
  const ashok = member('Ashok Rao');
  const ben = member('Ben Ode');
  const team = [asha, ashok, ben];

  it('matches a full name in the title or the attendees, then a first name that fits one member', () => {
    expect(memberNamedIn({ summary: 'On call - ASHA PATEL', people: [] }, team)).toBe(asha.id);
    expect(memberNamedIn({ summary: 'Primary', people: ['Ben Ode'] }, team)).toBe(ben.id);
    expect(memberNamedIn({ summary: 'Ben holds the pager', people: [] }, team)).toBe(ben.id);
    expect(memberNamedIn({ summary: 'Primary', people: ['ashok.rao@example.com'] }, team)).toBe(ashok.id);
  });

  it('matches the full name an address gives, when two members share the first name', () => {
    const ashaRao = member('Asha Rao');
    const twoAshas = [asha, ashaRao, ben];
    // As PagerDuty and Opsgenie write the person on call: an ATTENDEE with an address and no name.
    expect(memberNamedIn({ summary: 'Primary', people: ['asha.patel@example.com'] }, twoAshas)).toBe(asha.id);
    expect(memberNamedIn({ summary: 'Primary', people: ['Asha_Rao@example.com'] }, twoAshas)).toBe(ashaRao.id);
    // An address that gives no full name still names nobody when the first name fits two.
    expect(memberNamedIn({ summary: 'Primary', people: ['asha@example.com'] }, twoAshas)).toBeNull();
  });

  it('takes the member the title or the attendees name before the organizer, who may only have filed the event', () => {
    const filedByAsha = 'ORGANIZER;CN=Asha Patel:mailto:asha.patel@example.com';
    const text = calendar(
      event('DTSTART;VALUE=DATE:20261202', 'DTEND;VALUE=DATE:20261204', 'SUMMARY:Ben OOO', filedByAsha),
      event(
        'DTSTART;VALUE=DATE:20261207',
        'DTEND;VALUE=DATE:20261208',
        'SUMMARY:Primary',
        filedByAsha,
        'ATTENDEE;CN=Ben Ode:mailto:ben.ode@example.com',
      ),
      event('DTSTART;VALUE=DATE:20261209', 'DTEND;VALUE=DATE:20261210', 'SUMMARY:Primary', filedByAsha),
    );
    const sprintDays = { startDate: '2026-11-30', endDate: '2026-12-11' };
    const { events } = readCalendar(text, sprintDays.startDate, sprintDays.endDate, 'Europe/Berlin');
    // The organizer still names the member of an event that names nobody else.
    expect(proposeEntries(events, team, sprintDays).map((e) => [e.summary, e.memberId])).toEqual([
      ['Ben OOO', ben.id],
      ['Primary', ben.id],
      ['Primary', asha.id],
    ]);
  });

  it('names nobody when no member or several fit', () => {
    expect(memberNamedIn({ summary: 'Database maintenance', people: [] }, team)).toBeNull();
    expect(memberNamedIn({ summary: 'Asha Patel and Ben Ode swap', people: [] }, team)).toBeNull();
    // "Ash" is the start of two names, but no whole first name: nobody.
    expect(memberNamedIn({ summary: 'Ash on call', people: [] }, team)).toBeNull();
  });

  it('clips events to the sprint and guesses on-call or time off from the titles', () => {
    const events = [
      { summary: 'On call - Asha Patel', people: [], startDate: '2026-10-30', endDate: '2026-11-03', ...busy },
      { summary: 'Ben Ode OOO', people: [], startDate: '2026-11-12', endDate: '2026-11-20', ...busy },
    ];
    const entries = proposeEntries(events, team, { startDate: '2026-11-02', endDate: '2026-11-13' });
    expect(entries.map((e) => [e.memberId, e.startDate, e.endDate])).toEqual([
      [asha.id, '2026-11-02', '2026-11-03'],
      [ben.id, '2026-11-12', '2026-11-13'],
    ]);
    expect(guessKind({ events, calendarName: '' })).toBe('onCall');
    expect(guessKind({ events: [events[1]!, { ...events[1]!, summary: 'Vacation: Asha' }], calendarName: '' })).toBe(
      'timeOff',
    );
    // Outlook's out-of-office status is leave whatever the title ("Away").
    const away = events.map((e) => ({ ...e, summary: 'Away', busy: 'oof' as const }));
    expect(guessKind({ events: away, calendarName: '' })).toBe('timeOff');
  });
});

describe('entries the sprint already has', () => {
  const weekdays = [1, 2, 3, 4, 5];
  const sprint = {
    onCall: [{ id: 'o1', memberId: 'm1', startDate: '2026-11-02', endDate: '2026-11-06' }],
    timeOff: ['2026-11-09', '2026-11-10'].map((date, i) => ({ id: `t${i}`, memberId: 'm1', date })),
    holidays: [{ id: 'h1', date: '2026-11-11', name: 'Armistice Day' }],
  };
  const entry = (memberId: string | null, startDate: string, endDate: string) => ({ memberId, startDate, endDate });

  it('says why an entry would add nothing: the same shift, days already off, or no working day', () => {
    expect(coveredAlready(entry('m1', '2026-11-02', '2026-11-06'), 'onCall', sprint, weekdays)).toBe(
      'Already in the calendar',
    );
    expect(coveredAlready(entry('m1', '2026-11-09', '2026-11-10'), 'timeOff', sprint, weekdays)).toBe(
      'Already in the calendar',
    );
    // Sat 7 – Sun 8 Nov.
    expect(coveredAlready(entry('m1', '2026-11-07', '2026-11-08'), 'timeOff', sprint, weekdays)).toBe(
      'No working day in it',
    );
  });

  it('says a free event is not leave and a known holiday is not new', () => {
    const free = { ...entry('m1', '2026-11-03', '2026-11-03'), busy: 'free' as const };
    expect(coveredAlready(free, 'timeOff', sprint, weekdays)).toBe('Marked free (TRANSP:TRANSPARENT), so not leave');
    expect(coveredAlready({ ...free, busy: 'oof' }, 'timeOff', sprint, weekdays)).toBeNull();
    expect(coveredAlready(entry(null, '2026-11-11', '2026-11-11'), 'holidays', sprint, weekdays)).toBe(
      'Already a holiday',
    );
    expect(coveredAlready(entry(null, '2026-11-11', '2026-11-12'), 'holidays', sprint, weekdays)).toBeNull();
  });

  it('lets through what adds something, and an entry with nobody picked yet', () => {
    expect(coveredAlready(entry('m1', '2026-11-02', '2026-11-05'), 'onCall', sprint, weekdays)).toBeNull();
    expect(coveredAlready(entry('m2', '2026-11-02', '2026-11-06'), 'onCall', sprint, weekdays)).toBeNull();
    expect(coveredAlready(entry('m1', '2026-11-10', '2026-11-11'), 'timeOff', sprint, weekdays)).toBeNull();
    expect(coveredAlready(entry(null, '2026-11-09', '2026-11-10'), 'timeOff', sprint, weekdays)).toBeNull();
  });
});
