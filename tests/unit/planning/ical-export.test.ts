import { describe, expect, it } from 'vitest';
import { dateRuns, sprintCalendarIcs } from '../../../src/domain/planning/ical-export';
import { memberNamedIn, notLeave, readCalendarEvents } from '../../../src/domain/planning/ical-import';
import type { TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { member, sprint } from '../../helpers/fixtures';
import { inProcessApi } from '../../helpers/in-process-api';

const asha = member('Asha Patel');
const ben = member('Ben Ode');
const s = sprint({
  name: 'Sprint 12',
  goal: 'Retire lb-old',
  startDate: '2026-11-30',
  endDate: '2026-12-11',
  timeOff: ['2026-12-02', '2026-12-03', '2026-12-04', '2026-12-10'].map((date, i) => ({
    id: `t${i}`,
    memberId: ben.id,
    date,
  })),
  onCall: [{ id: 'o1', memberId: asha.id, startDate: '2026-11-30', endDate: '2026-12-04' }],
});
/** The team's calendar: the export takes what touches the sprint (not the holiday and window of another). */
const calendar: TeamCalendar = {
  holidays: [
    { id: 'h1', date: '2026-12-08', name: 'Feast; day, eve' },
    { id: 'h2', date: '2026-12-25', name: 'Christmas Day' },
  ],
  changeWindows: [
    {
      id: 'w0',
      name: 'Old window',
      kind: 'window',
      start: '2026-11-20T22:00:00.000Z',
      end: '2026-11-21T02:00:00.000Z',
    },
    {
      id: 'w1',
      name: 'Edge proxies',
      kind: 'window',
      start: '2026-12-03T22:00:00.000Z',
      end: '2026-12-04T02:00:00.000Z',
    },
    { id: 'w2', name: 'Year end', kind: 'freeze', start: '2026-12-11T00:00:00.000Z', end: '2026-12-12T00:00:00.000Z' },
  ],
};
const NOW = new Date('2026-11-27T10:00:00Z');

describe('the sprint calendar as iCal', () => {
  it('takes a freeze spanning two sprints into both exports', () => {
    const next = sprint({ name: 'Sprint 13', startDate: '2026-12-14', endDate: '2026-12-25' });
    const freeze = { id: 'fz', name: 'Holiday freeze', kind: 'freeze' as const };
    const team: TeamCalendar = {
      holidays: [],
      changeWindows: [{ ...freeze, start: '2026-12-10T00:00:00.000Z', end: '2026-12-18T00:00:00.000Z' }],
    };
    for (const one of [s, next]) {
      const { events } = readCalendarEvents(sprintCalendarIcs(one, team, [], NOW, 'UTC'), '2026-11-01', '2026-12-31');
      expect(events.map((e) => e.summary)).toContain('Change freeze: Holiday freeze');
    }
  });

  it('writes the sprint, holidays, runs of days off, shifts and change windows as events, text escaped', () => {
    const text = sprintCalendarIcs(s, calendar, [asha, ben], NOW, 'UTC');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('PRODID:-//Cadence//Sprint calendar//EN\r\n');
    expect(text).toContain('UID:oncall-o1@cadence\r\n');
    const { events } = readCalendarEvents(text, '2026-11-01', '2026-12-31');
    expect(events.map((e) => [e.summary, e.startDate, e.endDate])).toEqual([
      ['Asha Patel on call', '2026-11-30', '2026-12-04'],
      ['Sprint 12', '2026-11-30', '2026-12-11'],
      ['Ben Ode off', '2026-12-02', '2026-12-04'],
      // 22:00–02:00 counts on its first day only: it leaves the second before noon.
      ['Change window: Edge proxies', '2026-12-03', '2026-12-03'],
      ['Holiday: Feast; day, eve', '2026-12-08', '2026-12-08'],
      ['Ben Ode off', '2026-12-10', '2026-12-10'],
      ['Change freeze: Year end', '2026-12-11', '2026-12-11'],
    ]);
    expect(text).toContain('DTSTART:20261203T220000Z\r\n');
    expect(text).toContain('DESCRIPTION:Goal: Retire lb-old\r\n');
  });

  it('reads back through the import: the shift names its member', () => {
    const { events } = readCalendarEvents(
      sprintCalendarIcs(s, calendar, [asha, ben], NOW, 'UTC'),
      '2026-11-30',
      '2026-12-11',
    );
    const shift = events.find((e) => e.summary.endsWith('on call'));
    expect(shift && memberNamedIn(shift, [asha, ben])).toBe(asha.id);
  });

  it('exports only the time off and shifts the sprint counts: not those its moved dates left outside', () => {
    // Sprint 12 moved two weeks later: Ben's days off and Asha's shift kept their dates, now before it.
    const moved = { ...s, startDate: '2026-12-14', endDate: '2026-12-25' };
    const lateShift = { id: 'o2', memberId: asha.id, startDate: '2026-12-11', endDate: '2026-12-15' };
    const withLate = { ...moved, onCall: [...moved.onCall, lateShift] };
    const { events } = readCalendarEvents(
      sprintCalendarIcs(withLate, calendar, [asha, ben], NOW, 'UTC'),
      '2026-11-01',
      '2026-12-31',
    );
    const summaries = events.map((e) => e.summary);
    expect(summaries).not.toContain('Ben Ode off');
    // A shift partly in the sprint counts for its days in it, so it is exported, with its own dates.
    expect(events.filter((e) => e.summary === 'Asha Patel on call').map((e) => [e.startDate, e.endDate])).toEqual([
      ['2026-12-11', '2026-12-15'],
    ]);
  });

  it('joins consecutive days into runs', () => {
    expect(dateRuns(['2026-12-04', '2026-12-02', '2026-12-03', '2026-12-03', '2026-12-10'])).toEqual([
      ['2026-12-02', '2026-12-04'],
      ['2026-12-10', '2026-12-10'],
    ]);
    expect(dateRuns([])).toEqual([]);
  });
});

describe("the sprint calendar's time off, imported back", () => {
  it('is read as out of office, so the leave import takes it; the other events stay free', () => {
    const text = sprintCalendarIcs(s, calendar, [asha, ben], NOW, 'UTC');
    const { events } = readCalendarEvents(text, '2026-11-01', '2026-12-31');
    const busyOf = (summary: string) => events.filter((e) => e.summary === summary).map((e) => e.busy);
    expect(busyOf('Ben Ode off')).toEqual(['oof', 'oof']);
    expect(events.filter((e) => e.summary === 'Ben Ode off').map((e) => notLeave(e))).toEqual([null, null]);
    // The sprint, the holiday and the shift do not take anyone away: they stay free, as before.
    for (const summary of ['Sprint 12', 'Holiday: Feast; day, eve', 'Asha Patel on call']) {
      expect(busyOf(summary)).toEqual(['free']);
    }
    expect(busyOf('Change window: Edge proxies')).toEqual(['busy']);
  });

  it('comes back as the same days off through the calendar import', async () => {
    const b = await inProcessApi({ now: () => new Date('2026-11-01T09:00:00.000Z') });
    const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
    await b.api.updateTeamSettings({ teamId, settings: { timeZone: 'UTC' } });
    const ana = await b.api.addMember({
      teamId,
      member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });
    const sprintId = (
      await b.api.createSprint({
        teamId,
        sprint: { name: 'Sprint 1', goal: '', startDate: '2026-11-02', endDate: '2026-11-13' },
      })
    ).sprints[0]!.id;
    await b.api.addTimeOff({
      teamId,
      sprintId,
      range: { memberId: ana.id, startDate: '2026-11-04', endDate: '2026-11-06' },
    });
    const team = () => b.store.snapshot().teams.find((t) => t.id === teamId)!;
    const exported = team().sprints.find((x) => x.id === sprintId)!;
    const text = sprintCalendarIcs(exported, team().calendar, team().members, NOW, 'UTC');
    for (const off of exported.timeOff) {
      await b.api.removeCalendarEntry({ teamId, sprintId, kind: 'timeOff', entryId: off.id });
    }

    const imported = await b.api.importCalendar({ teamId, sprintId, text, kind: 'timeOff', memberId: ana.id });
    expect(imported.added).toBe(1);
    const days = team()
      .sprints.find((x) => x.id === sprintId)!
      .timeOff.map((t) => [t.memberId, t.date]);
    expect(days).toEqual(exported.timeOff.map((t) => [t.memberId, t.date]));
  });
});
