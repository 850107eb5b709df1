import { describe, expect, it } from 'vitest';
import { nextPlannedSprint, sprintAfter } from '../../../src/domain/planning/rules';
import { datesFromToday, lateStart, sprintTiming, timingText } from '../../../src/domain/planning/timing';

/** Monday to Friday. */
const WEEKDAYS = [1, 2, 3, 4, 5];
/** Mon 9 May – Fri 20 May 2022: ten working days. */
const sprint = (state: 'planned' | 'active' | 'closed') => ({ state, startDate: '2022-05-09', endDate: '2022-05-20' });
const say = (state: 'planned' | 'active' | 'closed', today: string) =>
  timingText(sprintTiming(sprint(state), today, WEEKDAYS));

describe('where today falls in a sprint', () => {
  it('counts the days until a sprint starts', () => {
    expect(say('planned', '2022-05-06')).toEqual({ days: '10 working days, starting in 3 days', warning: null });
    expect(say('planned', '2022-05-08')).toEqual({ days: '10 working days, starting tomorrow', warning: null });
  });

  it('names the working day it is on', () => {
    expect(say('active', '2022-05-09').days).toBe('day 1 of 10 working days');
    expect(say('active', '2022-05-16').days).toBe('day 6 of 10 working days');
    expect(say('active', '2022-05-20')).toEqual({ days: 'day 10 of 10 working days, the last', warning: null });
  });

  it('on a day off within the sprint, says how many working days are gone', () => {
    expect(say('active', '2022-05-14')).toEqual({ days: '5 of 10 working days gone', warning: null });
  });

  it('warns, before anything else, of dates longer than a sprint can be (a file edited by hand)', () => {
    const damaged = { state: 'active' as const, startDate: '2026-11-02', endDate: '9999-12-31' };
    expect(timingText(sprintTiming(damaged, '2026-11-04', WEEKDAYS))).toEqual({
      days: '2,912,138 days',
      warning: 'Longer than a sprint can be (92 days): edit its dates',
    });
  });

  it('warns when an open sprint is past its end', () => {
    expect(say('active', '2022-05-21')).toEqual({ days: '10 working days', warning: 'Ended yesterday: close it' });
    expect(say('active', '2026-12-04').warning).toBe('Ended 1,659 days ago: close it');
    expect(say('planned', '2022-05-23')).toEqual({ days: '10 working days', warning: 'Its dates passed 3 days ago' });
  });

  it('gives a closed sprint its working days only, whenever it is looked at', () => {
    expect(say('closed', '2022-05-12')).toEqual({ days: '10 working days', warning: null });
    expect(say('closed', '2026-12-04')).toEqual({ days: '10 working days', warning: null });
  });

  it('counts the team’s own working days (a Sunday-to-Thursday week)', () => {
    // Sun 15 May is the team's 5th working day of 9 (Mon 9 – Thu 12, then Sun 15; the Fridays and Saturday are off).
    expect(sprintTiming(sprint('active'), '2022-05-15', [0, 1, 2, 3, 4])).toEqual({
      kind: 'running',
      of: 9,
      day: 5,
      workingToday: true,
    });
  });
});

describe('a planned sprint started late', () => {
  it('counts the working days gone before today, and none before its first working day', () => {
    expect(lateStart(sprint('planned'), '2022-05-09', WEEKDAYS)).toBeNull();
    expect(lateStart(sprint('planned'), '2022-05-11', WEEKDAYS)).toEqual({ passed: 2, of: 10 });
    expect(lateStart(sprint('planned'), '2022-06-01', WEEKDAYS)).toEqual({ passed: 10, of: 10 });
    expect(lateStart(sprint('active'), '2022-05-11', WEEKDAYS)).toBeNull();
    // Planned to start on a Saturday: on Monday no working day of it has gone.
    expect(lateStart({ ...sprint('planned'), startDate: '2022-05-07' }, '2022-05-09', WEEKDAYS)).toBeNull();
  });

  it('offers as many working days from today, or from the next working day', () => {
    expect(datesFromToday(sprint('planned'), '2022-06-01', WEEKDAYS, null)).toEqual({
      kind: 'as-many',
      startDate: '2022-06-01',
      endDate: '2022-06-14',
    });
    expect(datesFromToday(sprint('planned'), '2022-06-04', WEEKDAYS, null)).toEqual({
      kind: 'as-many',
      startDate: '2022-06-06',
      endDate: '2022-06-17',
    });
  });

  /** The sprint after it, from Monday `startDate` for two weeks. */
  const nextFrom = (startDate: string, endDate = '2022-06-24') => ({ name: 'Sprint 5', startDate, endDate });

  it('offers as many working days when they end before the next sprint starts', () => {
    expect(datesFromToday(sprint('planned'), '2022-06-01', WEEKDAYS, nextFrom('2022-06-15'))).toEqual({
      kind: 'as-many',
      startDate: '2022-06-01',
      endDate: '2022-06-14',
    });
  });

  it('offers fewer working days, ending the working day before the next sprint, when as many would overlap it', () => {
    // Ten working days from Wed 1 June end Tue 14 June; Sprint 5 starts Mon 13 June: Wed 1 – Fri 10 June, eight.
    expect(datesFromToday(sprint('planned'), '2022-06-01', WEEKDAYS, nextFrom('2022-06-13'))).toEqual({
      kind: 'shorter',
      startDate: '2022-06-01',
      endDate: '2022-06-10',
      days: 8,
      of: 10,
      before: nextFrom('2022-06-13'),
    });
    // On Friday 3 June, before a sprint starting on Monday, that Friday is the one working day left.
    expect(datesFromToday(sprint('planned'), '2022-06-03', WEEKDAYS, nextFrom('2022-06-06'))).toMatchObject({
      kind: 'shorter',
      startDate: '2022-06-03',
      endDate: '2022-06-03',
      days: 1,
    });
  });

  it('offers no dates when no working day is left before the next sprint (or it has already begun)', () => {
    // Saturday 4 June, and Sprint 5 starts on Monday.
    expect(datesFromToday(sprint('planned'), '2022-06-04', WEEKDAYS, nextFrom('2022-06-06'))).toEqual({
      kind: 'no-room',
      before: nextFrom('2022-06-06'),
    });
    expect(datesFromToday(sprint('planned'), '2022-06-08', WEEKDAYS, nextFrom('2022-06-06'))).toMatchObject({
      kind: 'no-room',
    });
  });
});

describe('the sprint after a sprint', () => {
  const at = (id: string, state: 'planned' | 'active' | 'closed', startDate: string) => ({
    id,
    name: id,
    state,
    startDate,
  });
  const s4 = at('s4', 'planned', '2022-05-09');

  it('is the first to start after it, whatever its state, and not one before it', () => {
    const sprints = [
      at('s3', 'closed', '2022-04-25'),
      s4,
      at('s6', 'planned', '2022-06-06'),
      at('s5', 'active', '2022-05-23'),
    ];
    expect(sprintAfter(sprints, s4)?.id).toBe('s5');
    expect(nextPlannedSprint(sprints, s4)?.id).toBe('s6');
    expect(sprintAfter([at('s3', 'closed', '2022-04-25'), s4], s4)).toBeNull();
  });
});
