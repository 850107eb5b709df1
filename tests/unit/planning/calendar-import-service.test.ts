import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TeamDoc } from '../../../src/domain/workspace';
import { member, sprint, team, writeWorkspace } from '../../helpers/fixtures';
import { inProcessApi, tempDir } from '../../helpers/in-process-api';

/** The import the screen and the command line share, driven through the api on a real data folder. */
const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, '../../fixtures/calendars', name), 'utf8');

async function platform(now?: () => Date) {
  const dir = tempDir();
  const asha = member('Asha Patel');
  const ben = member('Ben Ode');
  const chidi = member('Chidi Okafor');
  const s12 = sprint({ name: 'Sprint 12', startDate: '2026-11-30', endDate: '2026-12-11', state: 'planned' });
  const doc = team('Platform', { members: [asha, ben, chidi], sprints: [s12] });
  doc.settings.timeZone = 'Europe/Berlin';
  writeWorkspace(dir, [doc]);
  const harness = await inProcessApi({ dataDir: dir, ...(now ? { now } : {}) });
  const storedTeam = () => harness.store.snapshot().teams[0] as TeamDoc;
  const stored = () => storedTeam().sprints[0]!;
  return { ...harness, dir, asha, ben, chidi, ref: { teamId: doc.id, sprintId: s12.id }, stored, storedTeam };
}

describe('importing a calendar file into a sprint', () => {
  it('a dry run says what each event would do and writes nothing', async () => {
    const { api, ref, stored } = await platform();
    const before = stored();
    const result = await api.importCalendar({
      ...ref,
      text: fixture('pagerduty-schedule.ics'),
      kind: 'onCall',
      dryRun: true,
    });
    expect(result.rows.map((r) => `${r.summary} ${r.startDate}…${r.endDate} ${r.action}`)).toEqual([
      'On Call - Ben Ode - Platform Primary 2026-11-30…2026-12-06 add',
      'On Call - Chidi Okafor - Platform Primary 2026-12-02…2026-12-02 add',
      // Clipped to the sprint: 7 Dec – 13 Dec becomes 7 – 11 Dec.
      'On Call - Asha Patel - Platform Primary 2026-12-07…2026-12-11 add',
    ]);
    expect([result.added, result.updated, result.skipped, result.backup]).toEqual([3, 0, 0, null]);
    expect(stored()).toEqual(before);
  });

  it('adds with a backup first, skips what is already there on a second import, and undoes in one step', async () => {
    const { api, ref, stored, dir, ben } = await platform();
    const text = fixture('pagerduty-schedule.ics');
    const first = await api.importCalendar({ ...ref, text, kind: 'onCall' });
    expect([first.added, first.updated, first.skipped]).toEqual([3, 0, 0]);
    expect(first.backup).toMatch(/before-calendar-import\.json$/);
    expect(readdirSync(path.join(dir, 'backups'))).toContain(first.backup);
    expect(stored().onCall.find((s) => s.memberId === ben.id)).toMatchObject({
      startDate: '2026-11-30',
      endDate: '2026-12-06',
    });

    const again = await api.importCalendar({ ...ref, text, kind: 'onCall' });
    expect(again.rows.map((r) => r.reason)).toEqual(Array(3).fill('Already in the calendar'));
    expect([again.added, again.updated, again.skipped, again.importId]).toEqual([0, 0, 3, null]);

    // The rota changed: Ben's shift now starts a day later, so his shift is updated, not doubled.
    const moved = text.replace('DTSTART:20261130T080000Z', 'DTSTART:20261201T080000Z');
    const third = await api.importCalendar({ ...ref, text: moved, kind: 'onCall' });
    expect([third.added, third.updated, third.skipped]).toEqual([0, 1, 2]);
    expect(stored().onCall.filter((s) => s.memberId === ben.id)).toEqual([
      expect.objectContaining({ startDate: '2026-12-01', endDate: '2026-12-06' }),
    ]);

    await api.undoCalendarImport({ teamId: ref.teamId, importId: third.importId! });
    expect(stored().onCall.find((s) => s.memberId === ben.id)?.startDate).toBe('2026-11-30');
    await api.undoCalendarImport({ teamId: ref.teamId, importId: first.importId! });
    expect(stored().onCall).toEqual([]);
  });

  it('keeps back-to-back shifts of one member that share their hand-over day, within one import', async () => {
    const { api, ref, stored } = await platform();
    // 24 h shifts handed over at 13:00 in Berlin: the hand-over day counts in both, so their days overlap.
    const shift = (uid: string, start: string, end: string) =>
      [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTART:${start}`,
        `DTEND:${end}`,
        'SUMMARY:On Call - Asha Patel - Primary',
        'END:VEVENT',
      ].join('\r\n');
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      shift('a1', '20261201T120000Z', '20261202T120000Z'),
      shift('a2', '20261202T120000Z', '20261203T120000Z'),
      'END:VCALENDAR',
    ].join('\r\n');
    const result = await api.importCalendar({ ...ref, text, kind: 'onCall' });
    expect(result.rows.map((r) => `${r.startDate}…${r.endDate} ${r.action}`)).toEqual([
      '2026-12-01…2026-12-02 add',
      '2026-12-02…2026-12-03 add',
    ]);
    expect([result.added, result.updated]).toEqual([2, 0]);
    expect(stored().onCall.map((s) => `${s.startDate}…${s.endDate}`)).toEqual([
      '2026-12-01…2026-12-02',
      '2026-12-02…2026-12-03',
    ]);
  });

  it('undoes only what the import added or changed: leave and shifts entered since stay', async () => {
    const { api, ref, stored, chidi } = await platform();
    const first = await api.importCalendar({ ...ref, text: fixture('pagerduty-schedule.ics'), kind: 'onCall' });
    expect(first.added).toBe(3);
    await api.addTimeOff({ ...ref, range: { memberId: chidi.id, startDate: '2026-12-09', endDate: '2026-12-10' } });
    await api.addOnCall({ ...ref, range: { memberId: chidi.id, startDate: '2026-12-10', endDate: '2026-12-11' } });
    const second = await api.importCalendar({
      ...ref,
      text: fixture('outlook-leave.ics'),
      kind: 'timeOff',
      memberId: chidi.id,
    });
    expect(second.added).toBeGreaterThan(0);
    const afterSecond = stored().timeOff.map((t) => t.date);

    await api.undoCalendarImport({ teamId: ref.teamId, importId: first.importId! });
    expect(
      stored().onCall.map((s) => `${s.memberId === chidi.id ? 'Chidi' : 'other'} ${s.startDate}…${s.endDate}`),
    ).toEqual(['Chidi 2026-12-10…2026-12-11']);
    expect(stored().timeOff.map((t) => t.date)).toEqual(afterSecond);

    await api.undoCalendarImport({ teamId: ref.teamId, importId: second.importId! });
    expect(stored().timeOff.map((t) => t.date)).toEqual(['2026-12-09', '2026-12-10']);
    expect(stored().onCall).toHaveLength(1);
  });

  it('undoing a changed shift puts back what it was, unless it was changed again since', async () => {
    const { api, ref, stored, ben } = await platform();
    const text = fixture('pagerduty-schedule.ics');
    await api.importCalendar({ ...ref, text, kind: 'onCall' });
    const bens = () =>
      stored()
        .onCall.filter((s) => s.memberId === ben.id)
        .map((s) => `${s.startDate}…${s.endDate}`);
    const moved = await api.importCalendar({
      ...ref,
      text: text.replace('DTSTART:20261130T080000Z', 'DTSTART:20261201T080000Z'),
      kind: 'onCall',
    });
    const movedAgain = await api.importCalendar({
      ...ref,
      text: text.replace('DTSTART:20261130T080000Z', 'DTSTART:20261202T080000Z'),
      kind: 'onCall',
    });
    expect(bens()).toEqual(['2026-12-02…2026-12-06']);
    // The first move's shift is no longer there as it left it: its undo leaves the later change alone.
    await api.undoCalendarImport({ teamId: ref.teamId, importId: moved.importId! });
    expect(bens()).toEqual(['2026-12-02…2026-12-06']);
    await api.undoCalendarImport({ teamId: ref.teamId, importId: movedAgain.importId! });
    expect(bens()).toEqual(['2026-12-01…2026-12-06']);
  });

  it('gives a personal leave calendar to one member: OOF counts as leave, a free event is skipped with why', async () => {
    const { api, ref, stored, asha } = await platform();
    const result = await api.importCalendar({
      ...ref,
      text: fixture('outlook-leave.ics'),
      kind: 'timeOff',
      memberId: asha.id,
    });
    expect(result.rows.map((r) => `${r.summary} ${r.action} ${r.reason ?? ''}`.trim())).toEqual([
      'Away add',
      'Focus time skip Marked free (TRANSP:TRANSPARENT), so not leave',
      'Annual leave add',
    ]);
    expect(stored().timeOff.map((t) => t.date)).toEqual(['2026-12-03', '2026-12-10', '2026-12-11']);
  });

  it('skips an event naming nobody, with the reason', async () => {
    const { api, ref } = await platform();
    const result = await api.importCalendar({ ...ref, text: fixture('icloud-leave.ics'), kind: 'timeOff' });
    expect(result.rows.map((r) => r.reason)).toEqual([
      'Names no team member (pick one, or import with --member)',
      'Names no team member (pick one, or import with --member)',
    ]);
    expect(result.skipped).toBe(2);
  });

  it("imports a public-holiday calendar into the team's calendar, and undoes it", async () => {
    const { api, ref, storedTeam } = await platform();
    const result = await api.importCalendar({ ...ref, text: fixture('google-holidays.ics'), kind: 'holidays' });
    expect(result.added).toBe(1);
    const holidays = () => storedTeam().calendar.holidays.map((h) => `${h.date} ${h.name}`);
    expect(holidays()).toEqual(['2026-12-03 Company Day (regional holiday)']);
    expect(result.update.calendar?.holidays.map((h) => h.date)).toEqual(['2026-12-03']);
    expect(storedTeam().sprints[0]).not.toHaveProperty('holidays');
    await api.undoCalendarImport({ teamId: ref.teamId, importId: result.importId! });
    expect(holidays()).toEqual([]);
  });

  it('imports holidays without a sprint: the year ahead, kept by undo apart from what was there before', async () => {
    const { api, ref, storedTeam } = await platform(() => new Date('2026-11-20T09:00:00Z'));
    await api.addHoliday({ ...ref, holiday: { date: '2026-12-08', name: 'Staff day' } });
    const result = await api.importCalendar({
      teamId: ref.teamId,
      text: fixture('google-holidays.ics'),
      kind: 'holidays',
    });
    const holidays = () => storedTeam().calendar.holidays.map((h) => h.date);
    expect(holidays()).toEqual(['2026-12-03', '2026-12-08', '2026-12-25', '2026-12-26', '2027-01-01']);
    expect(result.added).toBe(4);
    await api.undoCalendarImport({ teamId: ref.teamId, importId: result.importId! });
    expect(holidays()).toEqual(['2026-12-08']);
  });

  it('reads holidays from the team’s today, in its time zone', async () => {
    // Sat 26 Dec 02:00 UTC is still Christmas Day, 21:00, in New York; no sprint is open.
    const dir = tempDir();
    const doc = team('Platform', {
      sprints: [sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'closed' })],
    });
    doc.settings.timeZone = 'America/New_York';
    writeWorkspace(dir, [doc]);
    const { api, store } = await inProcessApi({ dataDir: dir, now: () => new Date('2026-12-26T02:00:00Z') });
    try {
      await api.importCalendar({ teamId: doc.id, text: fixture('google-holidays.ics'), kind: 'holidays' });
      const holidays = (store.snapshot().teams[0] as TeamDoc).calendar.holidays.map((h) => h.date);
      expect(holidays).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    } finally {
      await store.close();
    }
  });

  it('still needs a sprint for on-call shifts and leave', async () => {
    const { call, ref } = await platform();
    const answer = await call('importCalendar', {
      teamId: ref.teamId,
      text: fixture('pagerduty-schedule.ics'),
      kind: 'onCall',
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: /Name the sprint/ } });
  });

  it('refuses a file that is not a calendar with the reason, and changes nothing', async () => {
    const { call, ref, stored } = await platform();
    const before = stored();
    const answer = await call('importCalendar', { ...ref, text: 'name,date\nAsha,2026-12-01', kind: 'timeOff' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: /not an iCal calendar.*Nothing was added/ },
    });
    expect(stored()).toEqual(before);
  });
});
