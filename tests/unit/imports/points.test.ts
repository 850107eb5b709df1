import { describe, expect, it } from 'vitest';
import { fitPoints } from '../../../src/domain/imports/points';
import { readExport } from '../../../src/domain/imports/read-export';

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
    expect(fitPoints('tshirt', 'Huge')).toMatchObject({ points: null, note: expect.stringContaining('not a number') });
    expect(fitPoints('fibonacci', '  ')).toEqual({ points: null, note: null });
  });
});

describe('T-shirt sizes in the points column', () => {
  // A team estimating in T-shirt sizes imports a tracker export that writes the sizes, not their points.
  it.each([
    ['XS', 1],
    ['S', 2],
    ['M', 3],
    ['m', 3],
    [' xl ', 8],
    ['XXL', 13],
    ['Medium', 3],
    ['small', 2],
    ['Extra Large', 8],
    ['extra-small', 1],
  ] as const)('%s is the card worth %s points, with no note', (raw, points) => {
    expect(fitPoints('tshirt', raw)).toEqual({ points, note: null });
  });

  it('names the sizes when a cell is neither a number nor one of them', () => {
    expect(fitPoints('tshirt', 'Huge')).toEqual({
      points: null,
      note: 'points “Huge” are not a number or a size of the scale (XS, S, M, L, XL, XXL): unestimated',
    });
  });

  it('still reads numbers on the T-shirt scale', () => {
    expect(fitPoints('tshirt', '3')).toEqual({ points: 3, note: null });
  });

  it('is not read as points on a numeric scale, where no card is called "M"', () => {
    expect(fitPoints('fibonacci', 'M')).toMatchObject({ points: null, note: expect.stringContaining('not a number') });
  });

  it('imports a whole export of sizes with its sizes', () => {
    const csv = 'Key,Title,Story Points\nOPS-1,Rotate keys,S\nOPS-2,Renew cert,medium\nOPS-3,Move DNS,XL\n';
    const read = readExport('export.csv', new TextEncoder().encode(csv), { scale: 'tshirt' });
    if (!read.ok) throw new Error(read.message);
    expect(read.read.rows.map((r) => [r.title, r.points, r.notes])).toEqual([
      ['Rotate keys', 2, []],
      ['Renew cert', 3, []],
      ['Move DNS', 8, []],
    ]);
  });
});
