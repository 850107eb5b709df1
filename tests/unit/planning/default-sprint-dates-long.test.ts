import { describe, expect, it } from 'vitest';
import { defaultSprintDates } from '../../../src/domain/planning/defaults';
import { checkSprintDates } from '../../../src/domain/planning/rules';
import { workingDatesBetween } from '../../../src/domain/planning/calendar';

const today = new Date('2026-11-01T12:00:00Z'); // a Sunday
const fourDayWeek = { workingDays: [1, 2, 3, 4], sprintLengthDays: 60, timeZone: 'UTC' };

/**
 * A team with a 4-day week and the longest sprint length (60 working days) was offered dates 15 weeks apart, which
 * Create sprint then refused ("A sprint can last at most 92 days"). The dates offered are always dates the form
 * accepts: as many working days as fit, and they say how many of the team's sprint length that is.
 */
describe('the dates a new sprint is offered, for a long sprint length', () => {
  it('fit in the longest a sprint may last, so Create sprint takes them', () => {
    const dates = defaultSprintDates(today, fourDayWeek, []);
    expect(() => checkSprintDates(dates, [], fourDayWeek.workingDays)).not.toThrow();
    expect(dates.startDate).toBe('2026-11-02');
    // 92 days from Mon 2 Nov is Tue 1 Feb 2027, a working day: the offer ends there.
    expect(dates.endDate).toBe('2027-02-01');
  });

  it('say how many of the sprint length they hold when that is fewer', () => {
    const dates = defaultSprintDates(today, fourDayWeek, []);
    const held = workingDatesBetween(dates.startDate, dates.endDate, fourDayWeek.workingDays).length;
    expect(dates.shortened).toEqual({ days: held, of: 60 });
    expect(held).toBeLessThan(60);
  });

  it('hold the whole sprint length, with nothing said, when it fits', () => {
    const dates = defaultSprintDates(today, { ...fourDayWeek, sprintLengthDays: 20 }, []);
    expect(workingDatesBetween(dates.startDate, dates.endDate, fourDayWeek.workingDays)).toHaveLength(20);
    expect(dates.shortened).toBeUndefined();
  });

  it('one working day a week: fits too', () => {
    const mondays = { workingDays: [1], sprintLengthDays: 30, timeZone: 'UTC' };
    const dates = defaultSprintDates(today, mondays, []);
    expect(() => checkSprintDates(dates, [], mondays.workingDays)).not.toThrow();
    expect(dates.shortened).toEqual({ days: 14, of: 30 });
  });
});
