import { describe, expect, it } from 'vitest';
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
    expect(datesFromToday(sprint('planned'), '2022-06-01', WEEKDAYS)).toEqual({
      startDate: '2022-06-01',
      endDate: '2022-06-14',
    });
    expect(datesFromToday(sprint('planned'), '2022-06-04', WEEKDAYS)).toEqual({
      startDate: '2022-06-06',
      endDate: '2022-06-17',
    });
  });
});
