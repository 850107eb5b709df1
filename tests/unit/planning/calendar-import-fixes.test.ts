import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run';
import type { TeamDoc } from '../../../src/domain/workspace';
import { captured } from '../../helpers/cli-io';
import { readCalendar } from '../../../src/domain/planning/ical-read';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';
import { icsOf } from '../../helpers/ics';

/** Known defects of the calendar import and the on-call api, each shown by what the user would see. */

const shift = (uid: string, who: string, start: string, end: string) => [
  `UID:${uid}`,
  'DTSTAMP:20261120T080000Z',
  `DTSTART:${start}`,
  `DTEND:${end}`,
  `SUMMARY:On Call - ${who} - Platform Primary`,
];

async function platform() {
  const dir = tempDir();
  const asha = member('Asha Patel');
  const ben = member('Ben Ode');
  const dana = member('Dana Lee', { takesOnCall: false });
  const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
  const doc = team('Platform', { members: [asha, ben, dana], sprints: [s12] });
  doc.settings.timeZone = 'Europe/Berlin';
  writeWorkspace(dir, [doc]);
  const harness = await inProcessApi({ dataDir: dir });
  const stored = () => (harness.store.snapshot().teams[0] as TeamDoc).sprints[0]!;
  return { ...harness, dir, asha, ben, dana, ref: { teamId: doc.id, sprintId: s12.id }, stored };
}

describe('"takes on-call" is a rule, not only a screen filter', () => {
  it('refuses an on-call shift for a member who does not take on-call, naming them', async () => {
    const { call, ref, dana, stored } = await platform();
    const answer = await call('addOnCall', {
      ...ref,
      range: { memberId: dana.id, startDate: '2026-12-01', endDate: '2026-12-03' },
    });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(
          /^Dana Lee does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen/,
        ),
      },
    });
    expect(stored().onCall).toEqual([]);
  });

  it('refuses such a shift in a batch of entries too, and adds none', async () => {
    const { call, ref, asha, dana, stored } = await platform();
    const answer = await call('importCalendarEntries', {
      ...ref,
      kind: 'onCall',
      entries: [
        { memberId: asha.id, startDate: '2026-12-01', endDate: '2026-12-02' },
        { memberId: dana.id, startDate: '2026-12-03', endDate: '2026-12-04' },
      ],
    });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Dana Lee does not take/) } });
    expect(stored().onCall).toEqual([]);
  });

  it('lists an imported shift of such a member as a problem with how to fix it, and imports the others', async () => {
    const { api, ref, stored, asha } = await platform();
    const text = icsOf(
      shift('u1', 'Asha Patel', '20261130T080000Z', '20261203T080000Z'),
      shift('u2', 'Dana Lee', '20261203T080000Z', '20261207T080000Z'),
    );
    const preview = await api.importCalendar({ ...ref, text, kind: 'onCall', dryRun: true });
    expect(preview.rows.map((r) => [r.summary, r.action, r.reason])).toEqual([
      ['On Call - Asha Patel - Platform Primary', 'add', null],
      [
        'On Call - Dana Lee - Platform Primary',
        'skip',
        'Dana Lee does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen, then import again',
      ],
    ]);
    const done = await api.importCalendar({ ...ref, text, kind: 'onCall' });
    expect([done.added, done.skipped]).toEqual([1, 1]);
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id]);
  });

  it('keeps the shifts such a member already has (nothing is deleted)', async () => {
    const { api, ref, stored, ben } = await platform();
    await api.addOnCall({ ...ref, range: { memberId: ben.id, startDate: '2026-12-01', endDate: '2026-12-02' } });
    // Ben stops taking on-call: his shift stays where it was, and a re-import leaves it alone.
    await api.updateMember({ teamId: ref.teamId, memberId: ben.id, member: { takesOnCall: false } });
    const text = icsOf(shift('u3', 'Ben Ode', '20261201T080000Z', '20261203T080000Z'));
    const again = await api.importCalendar({ ...ref, text, kind: 'onCall' });
    expect(again.rows.map((r) => r.action)).toEqual(['skip']);
    expect(stored().onCall.map((s) => [s.memberId, s.startDate, s.endDate])).toEqual([
      [ben.id, '2026-12-01', '2026-12-02'],
    ]);
  });
});

describe('a re-import follows a shift that changed hands', () => {
  it('does not move a week away when an export gives its UID to another week (UIDs numbered by position)', async () => {
    const { api, ref, stored, asha, ben } = await platform();
    // The first export: slot 0 is Asha's week, slot 1 Ben's.
    const first = icsOf(
      shift('rot1-0', 'Asha Patel', '20261130T080000Z', '20261207T080000Z'),
      shift('rot1-1', 'Ben Ode', '20261207T080000Z', '20261214T080000Z'),
    );
    await api.importCalendar({ ...ref, text: first, kind: 'onCall' });
    // A week later the export starts at Ben's week: its slot 0 is Ben's week, slot 1 the week after the sprint.
    const later = icsOf(
      shift('rot1-0', 'Ben Ode', '20261207T080000Z', '20261214T080000Z'),
      shift('rot1-1', 'Asha Patel', '20261214T080000Z', '20261221T080000Z'),
    );
    await api.importCalendar({ ...ref, text: later, kind: 'onCall' });
    expect(
      stored()
        .onCall.map((s) => [s.memberId, s.startDate, s.endDate])
        .sort(),
    ).toEqual(
      [
        [asha.id, '2026-11-30', '2026-12-06'],
        [ben.id, '2026-12-07', '2026-12-11'],
      ].sort(),
    );
  });

  it('moves every shift an import made of the event: two, when two synced computers imported the same file', async () => {
    const { api, ref, stored, store, asha, ben } = await platform();
    const week = icsOf(shift('rota-w49', 'Asha Patel', '20261130T080000Z', '20261207T080000Z'));
    await api.importCalendar({ ...ref, text: week, kind: 'onCall' });
    // The twin a merge brings in from the other computer: another id, the same event.
    await store.mutate({ teamId: ref.teamId }, (d) => {
      const onCall = d.teams[0]!.sprints[0]!.onCall;
      onCall.push({ ...onCall[0]!, id: crypto.randomUUID() });
    });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id, asha.id]);
    const handed = icsOf(shift('rota-w49', 'Ben Ode', '20261130T080000Z', '20261207T080000Z'));
    await api.importCalendar({ ...ref, text: handed, kind: 'onCall' });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([ben.id, ben.id]);
  });

  it('updates the shift it imported before (same UID), says so, and leaves only the new owner on call', async () => {
    const { api, ref, stored, asha, ben } = await platform();
    const before = icsOf(shift('rota-w49', 'Asha Patel', '20261130T080000Z', '20261207T080000Z'));
    await api.importCalendar({ ...ref, text: before, kind: 'onCall' });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id]);

    // The rota moved the same week (same event UID) to Ben.
    const after = icsOf(shift('rota-w49', 'Ben Ode', '20261130T080000Z', '20261207T080000Z'));
    const preview = await api.importCalendar({ ...ref, text: after, kind: 'onCall', dryRun: true });
    expect(preview.rows.map((r) => [r.action, r.reason])).toEqual([
      ['update', 'Changed since the last import: was Asha Patel'],
    ]);
    const done = await api.importCalendar({ ...ref, text: after, kind: 'onCall' });
    expect([done.added, done.updated, done.skipped]).toEqual([0, 1, 0]);
    expect(stored().onCall.map((s) => [s.memberId, s.startDate, s.endDate])).toEqual([
      [ben.id, '2026-11-30', '2026-12-06'],
    ]);

    await api.undoCalendarImport({ teamId: ref.teamId, importId: done.importId! });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id]);
  });

  it('the command line says which shift changed, and which event is a problem', async () => {
    const { api, ref, dir, store } = await platform();
    await api.importCalendar({
      ...ref,
      text: icsOf(shift('rota-w49', 'Asha Patel', '20261130T080000Z', '20261207T080000Z')),
      kind: 'onCall',
    });
    await store.close();
    const file = path.join(dir, 'rota.ics');
    writeFileSync(
      file,
      icsOf(
        shift('rota-w49', 'Ben Ode', '20261130T080000Z', '20261207T080000Z'),
        shift('rota-w50', 'Dana Lee', '20261207T080000Z', '20261214T080000Z'),
      ),
    );
    const { io, out } = captured(dir);
    const args = ['import', 'calendar', file, '--team', 'Platform', '--sprint', 'Sprint 12', '--kind', 'on-call'];
    expect(await runCli([...args, '--dry-run'], io)).toBe(0);
    expect(out).toEqual([
      '2026-11-30 On Call - Ben Ode - Platform Primary: changed, Changed since the last import: was Asha Patel',
      '2026-12-07 On Call - Dana Lee - Platform Primary: skipped, Dana Lee does not take on-call shifts: turn on "Takes on-call shifts" for them on the Team screen, then import again',
      'added 0, updated 1, skipped 1 (dry run: nothing was written)',
    ]);
  });

  it('follows one occurrence of a recurring rota by its UID and date', async () => {
    const { api, ref, stored, asha, ben } = await platform();
    const weekly = (who: string) =>
      icsOf([
        'UID:weekly-rota',
        'DTSTART;VALUE=DATE:20261130',
        'DTEND;VALUE=DATE:20261205',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        `SUMMARY:On call - ${who}`,
      ]);
    await api.importCalendar({ ...ref, text: weekly('Asha Patel'), kind: 'onCall' });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id, asha.id]);
    const again = await api.importCalendar({ ...ref, text: weekly('Ben Ode'), kind: 'onCall' });
    expect([again.added, again.updated]).toEqual([0, 2]);
    expect(stored().onCall.map((s) => s.memberId)).toEqual([ben.id, ben.id]);
  });
});

describe('an on-call event without a UID', () => {
  const noUid = (start: string, end: string) => [
    'DTSTAMP:20261120T080000Z',
    `DTSTART:${start}`,
    `DTEND:${end}`,
    'SUMMARY:On Call - Asha Patel - Platform Primary',
  ];

  it('moves its own shift on a re-import, not the back-to-back shift beside it', async () => {
    const { api, ref, stored } = await platform();
    // 24 h shifts handed over at 13:00 in Berlin: the hand-over day counts in both.
    const first = icsOf(noUid('20261201T120000Z', '20261202T120000Z'), noUid('20261202T120000Z', '20261203T120000Z'));
    await api.importCalendar({ ...ref, text: first, kind: 'onCall' });
    // The second shift is now a day longer; the first is as it was.
    const later = icsOf(noUid('20261201T120000Z', '20261202T120000Z'), noUid('20261202T120000Z', '20261204T120000Z'));
    const preview = await api.importCalendar({ ...ref, text: later, kind: 'onCall', dryRun: true });
    expect(preview.rows.map((r) => [r.action, r.reason])).toEqual([
      ['skip', 'Already in the calendar'],
      ['update', 'Changed since the last import: was Wed 2 Dec – Thu 3 Dec 2026'],
    ]);
    await api.importCalendar({ ...ref, text: later, kind: 'onCall' });
    expect(stored().onCall.map((s) => `${s.startDate}…${s.endDate}`)).toEqual([
      '2026-12-01…2026-12-02',
      '2026-12-02…2026-12-04',
    ]);
  });

  it('hands its shift to the member it names now on the same days, not doubling the shift', async () => {
    const { api, ref, asha, ben, stored } = await platform();
    const shiftOf = (who: string) => [
      'DTSTAMP:20261120T080000Z',
      'DTSTART;VALUE=DATE:20261201',
      'DTEND;VALUE=DATE:20261204',
      `SUMMARY:On Call - ${who} - Platform Primary`,
    ];
    await api.importCalendar({ ...ref, text: icsOf(shiftOf('Asha Patel')), kind: 'onCall' });
    // The rota's week went to Ben; the export still has no UIDs.
    const later = icsOf(shiftOf('Ben Ode'));
    const preview = await api.importCalendar({ ...ref, text: later, kind: 'onCall', dryRun: true });
    expect(preview.rows.map((r) => [r.action, r.reason])).toEqual([
      ['update', 'Changed since the last import: was Asha Patel'],
    ]);
    const done = await api.importCalendar({ ...ref, text: later, kind: 'onCall' });
    expect(stored().onCall.map((s) => [s.memberId, s.startDate, s.endDate])).toEqual([
      [ben.id, '2026-12-01', '2026-12-03'],
    ]);
    // Undo gives the week back to Asha.
    await api.undoCalendarImport({ teamId: ref.teamId, importId: done.importId! });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id]);
  });

  it('leaves a shift entered by hand on the same days as it is: a second person on call', async () => {
    const { api, ref, asha, ben, stored } = await platform();
    await api.addOnCall({ ...ref, range: { memberId: asha.id, startDate: '2026-12-01', endDate: '2026-12-03' } });
    const bens = icsOf([
      'DTSTAMP:20261120T080000Z',
      'DTSTART;VALUE=DATE:20261201',
      'DTEND;VALUE=DATE:20261204',
      'SUMMARY:On Call - Ben Ode - Platform Secondary',
    ]);
    const done = await api.importCalendar({ ...ref, text: bens, kind: 'onCall' });
    expect(done.rows.map((r) => r.action)).toEqual(['add']);
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id, ben.id]);
  });

  it('keeps two people on call the same days in one file, and moves only the one handed on', async () => {
    const { api, ref, asha, ben, stored } = await platform();
    const cara = await api.addMember({
      teamId: ref.teamId,
      member: { name: 'Cara Moss', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const shiftOf = (who: string) => [
      'DTSTAMP:20261120T080000Z',
      'DTSTART;VALUE=DATE:20261207',
      'DTEND;VALUE=DATE:20261209',
      `SUMMARY:On Call - ${who}`,
    ];
    await api.importCalendar({ ...ref, text: icsOf(shiftOf('Asha Patel'), shiftOf('Ben Ode')), kind: 'onCall' });
    const same = await api.importCalendar({
      ...ref,
      text: icsOf(shiftOf('Asha Patel'), shiftOf('Ben Ode')),
      kind: 'onCall',
    });
    expect([same.added, same.updated]).toEqual([0, 0]);
    await api.importCalendar({ ...ref, text: icsOf(shiftOf('Asha Patel'), shiftOf('Cara Moss')), kind: 'onCall' });
    expect(stored().onCall.map((s) => s.memberId)).toEqual([asha.id, cara.id]);
    expect(stored().onCall.map((s) => s.memberId)).not.toContain(ben.id);
  });

  it('leaves a shift the file still holds as it is, though a moved event overlaps it as much as its own', async () => {
    const { api, ref, stored } = await platform();
    const days = (start: string, end: string) => [
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${end}`,
      'SUMMARY:On Call - Asha Patel - Platform Primary',
    ];
    // 1–3 Dec and 3–4 Dec; then the second starts a day earlier, sharing two days with each.
    await api.importCalendar({
      ...ref,
      text: icsOf(days('20261201', '20261204'), days('20261203', '20261205')),
      kind: 'onCall',
    });
    const later = icsOf(days('20261201', '20261204'), days('20261202', '20261205'));
    const done = await api.importCalendar({ ...ref, text: later, kind: 'onCall' });
    expect(done.rows.map((r) => [r.action, r.reason])).toEqual([
      ['skip', 'Already in the calendar'],
      ['update', 'Changed since the last import: was Thu 3 Dec – Fri 4 Dec 2026'],
    ]);
    expect(stored().onCall.map((s) => `${s.startDate}…${s.endDate}`)).toEqual([
      '2026-12-01…2026-12-03',
      '2026-12-02…2026-12-04',
    ]);
  });
});

describe('a long-running daily series', () => {
  const since1960 = icsOf([
    'UID:daily-standby',
    'DTSTART;VALUE=DATE:19600104',
    'DTEND;VALUE=DATE:19600105',
    'RRULE:FREQ=DAILY',
    'SUMMARY:Standby - Asha Patel',
  ]);

  it('finds its occurrences inside the window though it started in 1960', () => {
    const reading = readCalendar(since1960, '2026-11-30', '2026-12-11', 'Europe/Berlin');
    expect(reading.problems).toEqual([]);
    expect(reading.events.map((e) => e.startDate)).toHaveLength(12);
    expect(reading.events[0]).toMatchObject({ startDate: '2026-11-30', endDate: '2026-11-30' });
    expect(reading.events.at(-1)).toMatchObject({ startDate: '2026-12-11', endDate: '2026-12-11' });
  });

  it('keeps the pattern of an every-other-day series and its exceptions when it starts long ago', () => {
    const text = icsOf([
      'UID:every-other-day',
      'DTSTART:19600101T090000Z',
      'DTEND:19600101T170000Z',
      'RRULE:FREQ=DAILY;INTERVAL=2',
      'EXDATE:20261202T090000Z',
      'SUMMARY:Standby - Asha Patel',
    ]);
    const reading = readCalendar(text, '2026-11-30', '2026-12-06', 'UTC');
    // 1960-01-01 + 2k days: 2026-11-30 is day 24440 (even), so 30 Nov, 2 Dec (removed), 4 and 6 Dec.
    expect(reading.events.map((e) => e.startDate)).toEqual(['2026-11-30', '2026-12-04', '2026-12-06']);
  });

  it('starting near the window gives the same occurrences as following the series from its start', () => {
    // Weekly at 09:00 Berlin time since 1990, every other week: across every DST change since, and an EXDATE.
    const zone = [
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:STANDARD',
      'DTSTART:19701025T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:19700329T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const series = [
      'BEGIN:VEVENT',
      'UID:fortnightly',
      'DTSTART;TZID=Europe/Berlin:19900101T090000',
      'DTEND;TZID=Europe/Berlin:19900101T100000',
      'RRULE:FREQ=WEEKLY;INTERVAL=2',
      'EXDATE;TZID=Europe/Berlin:20261116T090000',
      'SUMMARY:Rota review',
      'END:VEVENT',
    ];
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', ...zone, ...series, 'END:VCALENDAR'];
    const reading = readCalendar(text.join('\r\n'), '2026-10-01', '2026-12-31', 'Europe/Berlin');
    // From Mon 1 Jan 1990 every 14 days: 5 Oct 2026 is day 13,426 = 14 × 959.
    expect(reading.events.map((e) => e.startDate)).toEqual([
      '2026-10-05',
      '2026-10-19',
      '2026-11-02',
      // 16 Nov is removed by its EXDATE.
      '2026-11-30',
      '2026-12-14',
      '2026-12-28',
    ]);
    expect(reading.events[0]?.source).toBe('fortnightly 2026-10-05T09:00:00');
  });

  it('names a series it cannot follow to the window instead of dropping it without a word', () => {
    const text = icsOf([
      'UID:hourly-ping',
      'DTSTART:19600101T000000Z',
      'DTEND:19600101T001500Z',
      'RRULE:FREQ=HOURLY;BYMINUTE=0',
      'SUMMARY:Hourly ping',
    ]);
    const reading = readCalendar(text, '2026-11-30', '2026-12-11', 'UTC');
    expect(reading.problems).toEqual([expect.stringContaining('“Hourly ping”')]);
  });
});
