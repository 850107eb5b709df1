import { describe, expect, it } from 'vitest';
import { addDays, datesBetween, daysFrom, weekdayOf } from '../../../src/domain/planning/calendar';

describe('calendar arithmetic on ISO dates', () => {
  it('keeps the year as written, even below 100 (no 19xx mapping)', () => {
    expect(datesBetween('0026-12-01', '0026-12-03')).toEqual(['0026-12-01', '0026-12-02', '0026-12-03']);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(daysFrom('0026-12-01', '2026-12-01')).toBe(730485);
    // The Gregorian calendar repeats every 400 years: 1 Dec 26 is a Tuesday like 1 Dec 2026 (1926's was a Wednesday).
    expect(weekdayOf('2026-12-01')).toBe(2);
    expect(weekdayOf('0026-12-01')).toBe(2);
  });
});
