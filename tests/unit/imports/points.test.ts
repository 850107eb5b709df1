import { describe, expect, it } from 'vitest';
import { fitPoints } from '../../../src/domain/imports/points';

describe('points onto the team scale', () => {
  it.each([
    ['fibonacci', '3', 3, null],
    ['fibonacci', '4', 5, 'was 4 → 5'],
    ['fibonacci', '6.5', 8, 'was 6.5 → 8'],
    ['fibonacci', '6', 5, 'was 6 → 5'],
    ['fibonacci', '68', 34, 'was 68 → 34'],
    ['modified_fibonacci', '0,5', 0.5, null],
    ['modified_fibonacci', '30', 40, 'was 30 → 40'],
    ['tshirt', '4', 5, 'was 4 → 5'],
  ] as const)('%s: %s → %s', (scale, raw, points, note) => {
    const fitted = fitPoints(scale, raw);
    expect(fitted.points).toBe(points);
    if (note) expect(fitted.note).toContain(note);
    else expect(fitted.note).toBeNull();
  });

  it('leaves points over twice the largest card, and non-numbers, unestimated with a note', () => {
    expect(fitPoints('fibonacci', '69')).toEqual({
      points: null,
      note: 'points 69 are over twice the largest card (34): unestimated',
    });
    expect(fitPoints('tshirt', 'M')).toMatchObject({ points: null, note: expect.stringContaining('not a number') });
    expect(fitPoints('fibonacci', '  ')).toEqual({ points: null, note: null });
  });
});
