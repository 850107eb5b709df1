import { describe, expect, it } from 'vitest';
import {
  forecast,
  memberCapacity,
  pointsPerPersonDay,
  recentHistory,
  sprintCapacity,
  suggestedBufferPercent,
  type SprintHistoryEntry,
} from '../../../src/domain/planning/capacity';
import { emptyTeamCalendar, type TeamCalendar } from '../../../src/domain/planning/team-calendar';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { member, sprint } from '../../helpers/fixtures';
import { closedSprint } from './closed-sprint';
import { commitmentOf } from '../../../src/domain/planning/rules';

// Mon 2 Nov – Fri 13 Nov 2026: ten working days (Mon–Fri).
const settings = { ...defaultTeamSettings(newId), onCallLoadPercent: 50, standardDayHours: 6, bufferPercent: 20 };
const base = () => sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
const noCalendar = emptyTeamCalendar();

describe('member capacity', () => {
  it('counts the working days of the sprint, honouring the team working days', () => {
    const ana = member('Ana');
    expect(memberCapacity(ana, base(), settings, noCalendar).workingDays).toBe(10);
    const fourDayWeek = { ...settings, workingDays: [1, 2, 3, 4] };
    expect(memberCapacity(ana, base(), fourDayWeek, noCalendar).workingDays).toBe(8);
  });

  it('available days = working days − days off − holidays', () => {
    const ana = member('Ana');
    const s = {
      ...base(),
      timeOff: [
        { id: 't1', memberId: ana.id, date: '2026-11-03' },
        { id: 't2', memberId: ana.id, date: '2026-11-04' },
        { id: 't3', memberId: 'someone-else', date: '2026-11-05' },
        // A Saturday off is not a working day and costs nothing.
        { id: 't4', memberId: ana.id, date: '2026-11-07' },
      ],
      holidays: [{ id: 'h1', date: '2026-11-11', name: 'Armistice Day' }],
    };
    const c = memberCapacity(ana, s, settings, s);
    expect(c).toMatchObject({ workingDays: 10, daysOff: 2, holidays: 1, available: 7 });
  });

  it('does not count a day off on a holiday twice', () => {
    const ana = member('Ana');
    const s = {
      ...base(),
      timeOff: [{ id: 't1', memberId: ana.id, date: '2026-11-11' }],
      holidays: [{ id: 'h1', date: '2026-11-11', name: 'Armistice Day' }],
    };
    expect(memberCapacity(ana, s, settings, s)).toMatchObject({ daysOff: 0, holidays: 1, available: 9 });
  });

  it('effective days = available − on-call days × load', () => {
    const ana = member('Ana');
    const s = { ...base(), onCall: [{ id: 'o1', memberId: ana.id, startDate: '2026-11-02', endDate: '2026-11-06' }] };
    const c = memberCapacity(ana, s, settings, noCalendar);
    expect(c.onCallDays).toBe(5);
    expect(c.effective).toBe(7.5);
    expect(memberCapacity(ana, s, { ...settings, onCallLoadPercent: 100 }, noCalendar).effective).toBe(5);
    expect(memberCapacity(ana, s, { ...settings, onCallLoadPercent: 0 }, noCalendar).effective).toBe(10);
  });

  it('an on-call day that is also a day off or a holiday is not subtracted twice', () => {
    const ana = member('Ana');
    const s = {
      ...base(),
      // On call Mon–Sun of week one: five working days, of which Tue is off and Wed is a holiday.
      onCall: [{ id: 'o1', memberId: ana.id, startDate: '2026-11-02', endDate: '2026-11-08' }],
      timeOff: [{ id: 't1', memberId: ana.id, date: '2026-11-03' }],
      holidays: [{ id: 'h1', date: '2026-11-04', name: 'Local holiday' }],
    };
    const c = memberCapacity(ana, s, settings, s);
    expect(c).toMatchObject({ available: 8, onCallDays: 3 });
    expect(c.effective).toBe(6.5);
  });

  it('part-time members count by hours per day ÷ the standard day', () => {
    const half = member('Bo', { hoursPerDay: 3 });
    const c = memberCapacity(half, base(), settings, noCalendar);
    expect(c.focus).toBe(0.5);
    expect(c.personDays).toBe(5);
    const full = member('Cy', { hoursPerDay: 6 });
    expect(memberCapacity(full, base(), settings, noCalendar).personDays).toBe(10);
  });
});

describe('velocity and forecast', () => {
  const h = (planned: number, personDays: number, unplanned = 0): SprintHistoryEntry => ({
    name: 's',
    startDate: '2026-01-01',
    completedPlannedPoints: planned,
    completedUnplannedPoints: unplanned,
    personDays,
  });

  it('uses the starting value for a team with no history', () => {
    expect(pointsPerPersonDay([], settings)).toEqual({ pointsPerPersonDay: 1, source: 'starting', sprints: [] });
    expect(suggestedBufferPercent([], 3)).toBeNull();
  });

  it('uses the starting value until N closed sprints exist', () => {
    const v = pointsPerPersonDay([h(20, 10), h(30, 10)], { ...settings, startingPointsPerPersonDay: 0.8 });
    expect(v).toMatchObject({ pointsPerPersonDay: 0.8, source: 'starting' });
  });

  it('averages completed points ÷ person-days over the last N sprints', () => {
    // 10/10 = 1 is outside the window of 3; 20/10 = 2, 30/20 = 1.5, 25/10 = 2.5 → 2.
    const v = pointsPerPersonDay([h(10, 10), h(20, 10), h(30, 20), h(25, 10)], settings);
    expect(v.source).toBe('history');
    expect(v.pointsPerPersonDay).toBe(2);
    expect(v.sprints).toHaveLength(3);
    expect(pointsPerPersonDay([h(20, 10), h(40, 10)], { ...settings, velocityWindow: 2 }).pointsPerPersonDay).toBe(3);
  });

  it('counts the unplanned work done too, so the buffer is taken off once', () => {
    // 20 person-days each sprint: 16 planned points done and 4 of interrupts, exactly the 20% buffer.
    const steady = [h(16, 20, 4), h(16, 20, 4), h(16, 20, 4)];
    const v = pointsPerPersonDay(steady, settings);
    expect(v.pointsPerPersonDay).toBe(1);
    // The next sprint of the same team plans what it delivered, not 20% less.
    expect(forecast(20, v.pointsPerPersonDay, 20)).toMatchObject({ bufferPoints: 4, plannablePoints: 16 });
  });

  it('worked example: forecast 30 with a 20% buffer reserves 6 and leaves 24 plannable', () => {
    expect(forecast(30, 1, 20)).toEqual({
      personDays: 30,
      pointsPerPersonDay: 1,
      forecastPoints: 30,
      bufferPercent: 20,
      bufferPoints: 6,
      plannablePoints: 24,
    });
    expect(forecast(20, 1.5, 20)).toMatchObject({ forecastPoints: 30, bufferPoints: 6, plannablePoints: 24 });
    expect(forecast(30, 1, 0)).toMatchObject({ bufferPoints: 0, plannablePoints: 30 });
  });

  it('suggests the buffer from the share unplanned work took in the last N sprints', () => {
    // (5 + 10 + 5) unplanned of (20 + 20 + 40 + 20) total = 20%; the oldest sprint is outside the window.
    const history = [h(10, 10, 90), h(15, 10, 5), h(10, 10, 10), h(15, 10, 5)];
    expect(suggestedBufferPercent(history, 3)).toBe(Math.round((20 / 60) * 100));
  });
});

describe('sprint capacity from the team calendar', () => {
  const ana = member('Ana');
  const holiday = { id: 'h1', date: '2026-11-11', name: 'Armistice Day' };

  it('counts the holidays of the team calendar that fall in the sprint, and no others', () => {
    const calendar = {
      holidays: [holiday, { id: 'h2', date: '2026-12-25', name: 'Christmas Day' }],
      changeWindows: [],
    };
    expect(memberCapacity(ana, base(), settings, calendar)).toMatchObject({ holidays: 1, available: 9 });
    const later = sprint({ startDate: '2026-12-21', endDate: '2027-01-01' });
    expect(memberCapacity(ana, later, settings, calendar)).toMatchObject({ workingDays: 10, holidays: 1 });
  });

  it('gives the same figures as before the move for a single-sprint calendar (9 working days of 10)', () => {
    const calendar: TeamCalendar = { holidays: [holiday], changeWindows: [] };
    const c = sprintCapacity(base(), [ana], settings, [], calendar);
    // Before v5 the holiday sat in the sprint: 10 working days − 1 holiday = 9 person-days, 7.2 plannable.
    expect(c).toMatchObject({ personDays: 9, forecastPoints: 9, bufferPoints: 1.8, plannablePoints: 7.2 });
  });

  it('counts at most ten years of a sprint whose end date was damaged by hand, and answers at once', () => {
    const damaged = sprint({ startDate: '2026-11-02', endDate: '9999-12-31' });
    const c = memberCapacity(ana, damaged, settings, emptyTeamCalendar());
    // 3,660 days from Mon 2 Nov 2026: 522 whole weeks and 6 days (Mon–Sat), so 2,615 working days.
    expect(c.workingDays).toBe(2615);
  });

  it('a freeze is a working day for capacity', () => {
    const freeze = {
      id: 'f',
      name: 'Year-end freeze',
      kind: 'freeze' as const,
      start: '2026-11-09T00:00:00.000Z',
      end: '2026-11-14T00:00:00.000Z',
    };
    const calendar: TeamCalendar = { holidays: [], changeWindows: [freeze] };
    const c = sprintCapacity(base(), [ana], settings, [], calendar);
    expect(c.personDays).toBe(10);
  });
});

describe('sprint capacity', () => {
  it('sums person-days over members and applies velocity, buffer and plannable', () => {
    const ana = member('Ana');
    const bo = member('Bo', { hoursPerDay: 3 });
    const cy = member('Cy');
    const s = {
      ...base(),
      onCall: [{ id: 'o1', memberId: cy.id, startDate: '2026-11-09', endDate: '2026-11-13' }],
    };
    // Ana 10, Bo 10 × 0.5 = 5, Cy 10 − 5 × 0.5 = 7.5 → 22.5 person-days.
    const c = sprintCapacity(s, [ana, bo, cy], settings, [], noCalendar);
    expect(c.personDays).toBe(22.5);
    expect(c.pointsPerPersonDay).toBe(1);
    expect(c.forecastPoints).toBe(22.5);
    expect(c.bufferPoints).toBe(4.5);
    expect(c.plannablePoints).toBe(18);
    expect(c.velocity.source).toBe('starting');
    expect(c.suggestedBufferPercent).toBeNull();
  });

  it('learns velocity only from sprints closed before this one, in date order', () => {
    const ana = member('Ana');
    const history = [
      closedSprint('S3', '2026-10-19', 30, 10, 10),
      closedSprint('S1', '2026-09-21', 10, 0, 10),
      closedSprint('S2', '2026-10-05', 20, 10, 10),
      closedSprint('Later', '2026-12-01', 100, 0, 10),
    ];
    expect(recentHistory(history.slice(0, 3), 3).map((x) => x.name)).toEqual(['S1', 'S2', 'S3']);
    const c = sprintCapacity(base(), [ana], settings, history, noCalendar);
    expect(c.velocity.source).toBe('history');
    // (10 + 0) ÷ 10, (20 + 10) ÷ 10, (30 + 10) ÷ 10: 1, 3 and 4, so 2.67; "Later" is not counted.
    expect(c.pointsPerPersonDay).toBe(2.67);
    expect(c.forecastPoints).toBe(26.7);
    expect(c.suggestedBufferPercent).toBe(25);
  });

  it('of a started sprint is the forecast committed at its start, whatever the team and settings became', () => {
    const ana = member('Ana');
    const bo = member('Bo', { hoursPerDay: 3 });
    const planned = base();
    const atStart = sprintCapacity(planned, [ana, bo], settings, [], noCalendar);
    const started = {
      ...planned,
      state: 'active' as const,
      commitment: commitmentOf([], atStart, '2026-11-02T08:00:00.000Z'),
    };
    // Since the start: Bo left, Ana works 3 h a day, the buffer and the starting velocity were changed.
    const later = { ...settings, bufferPercent: 50, startingPointsPerPersonDay: 2 };
    const c = sprintCapacity(started, [{ ...ana, hoursPerDay: 3 }], later, [], noCalendar);
    expect(c).toMatchObject({ personDays: 15, pointsPerPersonDay: 1, forecastPoints: 15, bufferPercent: 20 });
    expect(c).toMatchObject({ bufferPoints: 3, plannablePoints: 12, rowsPersonDays: 5 });
    expect(c.velocity).toEqual({ pointsPerPersonDay: 1, source: 'committed', sprints: [] });
  });
});
