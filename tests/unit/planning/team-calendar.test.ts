import { describe, expect, it } from 'vitest';
import { planWarnings } from '../../../renderer/screens/planning/plan-warnings';
import { countedDates } from '../../../src/domain/planning/capacity';
import { changeWindowWarnings, sprintsSharingWindows } from '../../../src/domain/planning/change-windows';
import type { ChangeWindow } from '../../../src/domain/planning/schema';
import { calendarOfSprint, otherSprintsTouching, type TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { newId } from '../../../src/domain/shared/new-id';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { item, sprint } from '../../helpers/fixtures';

// Sprint 13: Mon 7 – Fri 18 Dec 2026; Sprint 14: Mon 21 Dec 2026 – Fri 1 Jan 2027.
const s13 = sprint({ name: 'Sprint 13', startDate: '2026-12-07', endDate: '2026-12-18' });
const s14 = sprint({ name: 'Sprint 14', startDate: '2026-12-21', endDate: '2027-01-01' });
const freeze: ChangeWindow = {
  id: 'fz',
  name: 'Year-end freeze',
  kind: 'freeze',
  start: '2026-12-14T00:00:00.000Z',
  end: '2026-12-23T00:00:00.000Z',
};
const window = (id: string, start: string, end: string): ChangeWindow => ({
  id,
  name: `Window ${id}`,
  kind: 'window',
  start,
  end,
});
const calendar: TeamCalendar = {
  holidays: [
    { id: 'h1', date: '2026-12-25', name: 'Christmas Day' },
    { id: 'h0', date: '2026-12-18', name: 'Staff day' },
  ],
  changeWindows: [freeze, window('w1', '2026-12-08T22:00:00.000Z', '2026-12-09T02:00:00.000Z')],
};
const needs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: `Change ${i + 1}`, needsChangeWindow: true }));
const DATES = { withYear: true } as const;
/** The sprints' working days as capacity counts them. */
const S13_DAYS = countedDates(s13, calendar, [1, 2, 3, 4, 5]);
const S14_DAYS = countedDates(s14, calendar, [1, 2, 3, 4, 5]);
/** A day before every window here: none of them has passed. */
const BEFORE = '2026-11-30';

describe('the calendar entries that touch a sprint', () => {
  it('puts a freeze spanning two sprints in both, and each holiday in its own sprint only', () => {
    expect(calendarOfSprint(calendar, s13, 'UTC')).toEqual({
      holidays: [calendar.holidays[1]],
      changeWindows: [freeze, calendar.changeWindows[1]],
    });
    expect(calendarOfSprint(calendar, s14, 'UTC')).toEqual({
      holidays: [calendar.holidays[0]],
      changeWindows: [freeze],
    });
  });

  it('a window ending at the midnight a sprint starts does not touch it', () => {
    const ends = window('w2', '2026-12-20T20:00:00.000Z', '2026-12-21T00:00:00.000Z');
    expect(calendarOfSprint({ holidays: [], changeWindows: [ends] }, s14, 'UTC').changeWindows).toEqual([]);
  });

  it('counts a sprint’s days in the team’s time zone', () => {
    // Mon 21 Dec 08:00–10:00 in Sydney: still Sun 20 Dec in UTC, before Sprint 14's first UTC midnight.
    const early = window('w6', '2026-12-20T21:00:00.000Z', '2026-12-20T23:00:00.000Z');
    const sydneyCalendar = { holidays: [], changeWindows: [early] };
    expect(calendarOfSprint(sydneyCalendar, s14, 'Australia/Sydney').changeWindows).toEqual([early]);
    expect(calendarOfSprint(sydneyCalendar, s13, 'Australia/Sydney').changeWindows).toEqual([]);
    expect(otherSprintsTouching([s13, s14], s13, early, 'Australia/Sydney').map((s) => s.name)).toEqual(['Sprint 14']);
    // Read in UTC, the same window falls on the Sunday between the sprints, in neither of them.
    expect(calendarOfSprint(sydneyCalendar, s14, 'UTC').changeWindows).toEqual([]);
    expect(calendarOfSprint(sydneyCalendar, s13, 'UTC').changeWindows).toEqual([]);
  });

  it('names the other sprints an entry shows in', () => {
    expect(otherSprintsTouching([s14, s13], s14, freeze, 'UTC').map((s) => s.name)).toEqual(['Sprint 13']);
    expect(otherSprintsTouching([s14, s13], s13, calendar.holidays[1]!, 'UTC')).toEqual([]);
  });
});

describe('change window warnings', () => {
  it('an item needing a change inside the second sprint of a freeze "falls in a freeze"', () => {
    const { changeWindows } = calendarOfSprint(calendar, s14, 'UTC');
    const warnings = changeWindowWarnings(needs(1), changeWindows, S14_DAYS, 2, DATES, 'UTC', BEFORE);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toContain(
      '2 working days of this sprint (Mon 21 Dec – Tue 22 Dec 2026) fall in the freeze “Year-end freeze”',
    );
    expect(warnings[0]?.text).not.toContain('needs a change window');
  });

  it('writes a freeze’s days as the team’s days', () => {
    // Sun 13 Dec 14:00 UTC is Mon 14 Dec 01:00 in Sydney; 23 Dec 00:00 UTC is still the 23rd there.
    const late: ChangeWindow = { ...freeze, start: '2026-12-13T14:00:00.000Z' };
    const [warning] = changeWindowWarnings(needs(1), [late], S14_DAYS, 2, DATES, 'Australia/Sydney', BEFORE);
    expect(warning?.text).toContain('3 working days of this sprint (Mon 21 Dec – Wed 23 Dec 2026)');
    const [inUtc] = changeWindowWarnings(needs(1), [late], S14_DAYS, 2, DATES, 'UTC', BEFORE);
    expect(inUtc?.text).toContain('2 working days of this sprint (Mon 21 Dec – Tue 22 Dec 2026)');
  });

  it('a sprint with no window and no freeze "needs a change window"', () => {
    const [warning] = changeWindowWarnings(needs(1), [], S13_DAYS, 2, DATES, 'UTC', BEFORE);
    expect(warning?.text).toBe(
      '“Change 1” needs a change window, but this sprint has none. Add one on the Calendar tab.',
    );
  });

  it('a window wholly inside a freeze cannot be used', () => {
    const inside = window('w3', '2026-12-22T20:00:00.000Z', '2026-12-22T23:00:00.000Z');
    const [warning] = changeWindowWarnings(needs(1), [freeze, inside], S13_DAYS, 2, DATES, 'UTC', BEFORE);
    expect(warning?.text).toContain('in the freeze “Year-end freeze”');
  });

  it('a window inside a freeze cannot be used when one was written with milliseconds and the other without', () => {
    // A script writes "…T00:00:00Z", the Calendar tab "…T00:00:00.000Z": the same instant.
    const scripted: ChangeWindow = { ...freeze, start: '2026-12-14T00:00:00Z', end: '2026-12-23T00:00:00Z' };
    const typed = window('w7', '2026-12-14T00:00:00.000Z', '2026-12-14T04:00:00.000Z');
    const inFreeze = [expect.stringContaining('in the freeze “Year-end freeze”')];
    expect(
      changeWindowWarnings(needs(1), [scripted, typed], S13_DAYS, 2, DATES, 'UTC', BEFORE).map((w) => w.text),
    ).toEqual(inFreeze);
    const reverse = window('w8', '2026-12-22T20:00:00Z', '2026-12-23T00:00:00Z');
    expect(
      changeWindowWarnings(needs(1), [freeze, reverse], S13_DAYS, 2, DATES, 'UTC', BEFORE).map((w) => w.text),
    ).toEqual(inFreeze);
  });

  it('four items sharing one 4-hour window (2 per window) get a warning that says so', () => {
    const four = window('w4', '2026-12-09T22:00:00.000Z', '2026-12-10T02:00:00.000Z');
    const warnings = changeWindowWarnings(needs(4), [four], S13_DAYS, 2, DATES, 'UTC', BEFORE);
    expect(warnings.map((w) => w.text)).toEqual([
      expect.stringContaining("4 items need a change window; the sprint's 1 window takes 2"),
    ]);
    // Within the limit: no warning; a higher limit or a second window takes them all.
    expect(changeWindowWarnings(needs(2), [four], S13_DAYS, 2, DATES, 'UTC', BEFORE)).toEqual([]);
    expect(changeWindowWarnings(needs(4), [four], S13_DAYS, 4, DATES, 'UTC', BEFORE)).toEqual([]);
    const two = [four, window('w5', '2026-12-16T22:00:00.000Z', '2026-12-17T02:00:00.000Z')];
    expect(changeWindowWarnings(needs(4), two, S13_DAYS, 2, DATES, 'UTC', BEFORE)).toEqual([]);
    expect(changeWindowWarnings(needs(5), two, S13_DAYS, 2, DATES, 'UTC', BEFORE)[0]?.text).toContain(
      "the sprint's 2 windows take 4",
    );
  });

  it('a window shared by two back-to-back sprints takes its limit once, between them, and says it is shared', () => {
    // Every day a working day; Sprint A Mon 7 – Sun 13 Dec, Sprint B Mon 14 – Sun 20 Dec; one window the night between.
    const settings = { ...defaultTeamSettings(newId), workingDays: [0, 1, 2, 3, 4, 5, 6], changeWindowLimit: 2 };
    const a = sprint({ name: 'Sprint A', startDate: '2026-12-07', endDate: '2026-12-13' });
    const b = sprint({ name: 'Sprint B', startDate: '2026-12-14', endDate: '2026-12-20' });
    const night = { ...window('wn', '2026-12-13T22:00:00.000Z', '2026-12-14T02:00:00.000Z'), name: 'Sun night' };
    const cal: TeamCalendar = { holidays: [], changeWindows: [night] };
    const change = (title: string, sprintId: string, status: 'todo' | 'done' = 'todo') =>
      item(title, { sprintId, needsChangeWindow: true, status });
    const items = [change('A1', a.id), change('A2', a.id), change('B1', b.id), change('B2', b.id)];
    const limitWarnings = (s: typeof a) =>
      planWarnings(
        items.filter((i) => i.sprintId === s.id),
        s,
        settings,
        cal,
        { sprints: [a, b], items },
        BEFORE,
      ).filter((w) => w.key === 'cw-limit');
    // 4 changes in a window that takes 2: both sprints say so, and why.
    expect(limitWarnings(a).map((w) => w.text)).toEqual([
      expect.stringContaining('“Sun night” is shared with Sprint B, which needs 2 changes in it'),
    ]);
    expect(limitWarnings(b).map((w) => w.text)).toEqual([
      expect.stringContaining('“Sun night” is shared with Sprint A, which needs 2 changes in it'),
    ]);
    // Only not-done items of the other sprint count: once B's are done, A's two fit.
    const bDone = items.map((i) => (i.sprintId === b.id ? { ...i, status: 'done' as const } : i));
    expect(sprintsSharingWindows(a, [a, b], bDone, cal, 'UTC', BEFORE)).toEqual([]);
    expect(
      changeWindowWarnings(
        needs(2),
        [night],
        [],
        2,
        DATES,
        'UTC',
        BEFORE,
        sprintsSharingWindows(a, [a, b], bDone, cal, 'UTC', BEFORE),
      ),
    ).toEqual([]);
    // Sprint B with a window of its own uses that first; only what it cannot take comes into the shared one.
    const own = window('wb', '2026-12-16T22:00:00.000Z', '2026-12-17T02:00:00.000Z');
    const cal2: TeamCalendar = { holidays: [], changeWindows: [night, own] };
    const three = [...items, change('B3', b.id)];
    const sharing = sprintsSharingWindows(a, [a, b], three, cal2, 'UTC', BEFORE);
    expect(changeWindowWarnings(needs(1), [night], S13_DAYS, 2, DATES, 'UTC', BEFORE, sharing)).toEqual([]);
    expect(changeWindowWarnings(needs(2), [night], S13_DAYS, 2, DATES, 'UTC', BEFORE, sharing)[0]?.text).toContain(
      '“Sun night” is shared with Sprint B, which needs 1 change in it',
    );
  });

  it('items that need no window get no warning', () => {
    expect(
      changeWindowWarnings([{ id: 'x', title: 'Docs', needsChangeWindow: false }], [], [], 2, DATES, 'UTC', BEFORE),
    ).toEqual([]);
  });
});
