import { describe, expect, it } from 'vitest';
import { bufferGauge, bufferUsedPoints } from '../../../src/domain/board/buffer';
import { pointsFigure } from '../../../src/domain/shared/words';
import type { Commitment } from '../../../src/domain/planning/schema';
import { item, sprint } from '../../helpers/fixtures';

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1 };

function commitment(extra: Partial<Commitment> = {}): Commitment {
  return {
    at: '2026-11-02T09:00:00.000Z',
    items: [],
    committedPoints: 24,
    personDays: 20,
    pointsPerPersonDay: 1.5,
    forecastPoints: 30,
    bufferPercent: 20,
    bufferPoints: 6,
    plannablePoints: 24,
    ...extra,
  };
}

const interrupt = (hours: number | null) => ({
  key: 'INC-1',
  severity: 'sev2' as const,
  hours,
  takenBy: null,
  loggedAt: '2026-11-03T10:00:00.000Z',
});

describe('bufferUsedPoints', () => {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', commitment: commitment() });

  it('sums the points of unplanned items of this sprint only', () => {
    const items = [
      item('Planned', { sprintId: s.id, points: 8 }),
      item('Interrupt', { sprintId: s.id, points: 3, unplanned: true }),
      item('Other sprint', { sprintId: 'elsewhere', points: 5, unplanned: true }),
      item('Backlog', { points: 2, unplanned: true }),
    ];
    expect(bufferUsedPoints(items, s, settings)).toBe(3);
  });

  it('converts interrupt hours to points: hours ÷ standard day × points per person-day', () => {
    // 9 h ÷ 6 h = 1.5 person-days × 1.5 points per person-day = 2.25 points.
    const items = [item('Page storm', { sprintId: s.id, unplanned: true, interrupt: interrupt(9) })];
    expect(bufferUsedPoints(items, s, settings)).toBeCloseTo(2.25);
  });

  it('adds points and hours together', () => {
    const items = [
      item('A', { sprintId: s.id, unplanned: true, points: 2, interrupt: interrupt(null) }),
      item('B', { sprintId: s.id, unplanned: true, interrupt: interrupt(3) }),
    ];
    expect(bufferUsedPoints(items, s, settings)).toBeCloseTo(2 + 0.75);
  });

  it("uses the team's starting velocity before a commitment exists", () => {
    const planned = sprint({ startDate: '2026-11-02', endDate: '2026-11-13' });
    const items = [item('B', { sprintId: planned.id, unplanned: true, interrupt: interrupt(6) })];
    expect(bufferUsedPoints(items, planned, { standardDayHours: 6, startingPointsPerPersonDay: 2 })).toBe(2);
  });
});

describe('bufferGauge', () => {
  it('stays calm below 75%, turns amber from 75% and red once spent', () => {
    expect(bufferGauge(6, 2)).toMatchObject({ remaining: 4, level: 'ok' });
    expect(bufferGauge(6, 4.5).level).toBe('amber');
    expect(bufferGauge(6, 6).level).toBe('red');
    expect(bufferGauge(6, 8)).toMatchObject({ remaining: -2, level: 'red' });
  });

  it('is red as soon as anything burns a zero buffer', () => {
    expect(bufferGauge(0, 0).level).toBe('ok');
    expect(bufferGauge(0, 1).level).toBe('red');
  });
});

describe('pointsFigure', () => {
  it('writes points to two decimals at most, grouped, as planning writes them', () => {
    expect(pointsFigure(5.25)).toBe('5.25 pts');
    expect(pointsFigure(1 / 6)).toBe('0.17 pts');
    expect(pointsFigure(6)).toBe('6 pts');
    expect(pointsFigure(1)).toBe('1 pt');
    expect(pointsFigure(1234.567)).toBe('1,234.57 pts');
    expect(pointsFigure(-0.001)).toBe('0 pts');
  });
});
