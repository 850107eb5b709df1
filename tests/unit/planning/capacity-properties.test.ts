import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/planning/calendar';
import { forecast, memberCapacity } from '../../../src/domain/planning/capacity';
import { defaultTeamSettings } from '../../../src/domain/team/defaults';
import { newId } from '../../../src/domain/shared/new-id';
import { member, sprint } from '../../helpers/fixtures';

const START = '2026-11-02';
const day = fc.integer({ min: 0, max: 13 }).map((n) => addDays(START, n));

describe('capacity invariants', () => {
  it('days add up and on-call never takes more than the days a member is there', () => {
    fc.assert(
      fc.property(
        fc.array(day, { maxLength: 8 }),
        fc.array(day, { maxLength: 3 }),
        fc.array(fc.tuple(day, fc.integer({ min: 0, max: 6 })), { maxLength: 3 }),
        fc.integer({ min: 0, max: 100 }),
        (off, holidays, shifts, load) => {
          const ana = member('Ana');
          const s = {
            ...sprint({ startDate: START, endDate: '2026-11-15' }),
            timeOff: off.map((date, n) => ({ id: `t${n}`, memberId: ana.id, date })),
            holidays: holidays.map((date, n) => ({ id: `h${n}`, date, name: 'Holiday' })),
            onCall: shifts.map(([from, len], n) => ({
              id: `o${n}`,
              memberId: ana.id,
              startDate: from,
              endDate: addDays(from, len),
            })),
          };
          const c = memberCapacity(ana, s, { ...defaultTeamSettings(newId), onCallLoadPercent: load }, s);
          expect(c.available + c.daysOff + c.holidays).toBe(c.workingDays);
          expect(c.onCallDays).toBeLessThanOrEqual(c.available);
          expect(c.effective).toBeGreaterThanOrEqual(0);
          expect(c.effective).toBeLessThanOrEqual(c.available);
        },
      ),
    );
  });

  it('buffer plus plannable is the forecast', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 90 }),
        (personDays, ppd, buffer) => {
          const f = forecast(personDays, ppd, buffer);
          expect(f.bufferPoints + f.plannablePoints).toBeCloseTo(f.forecastPoints, 6);
          expect(f.plannablePoints).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
