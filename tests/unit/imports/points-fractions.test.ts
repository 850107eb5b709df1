import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import type { PointScale } from '../../../src/domain/team/scales';

/** The rows of a CSV as the preview shows them: each row's points and notes. */
function pointsOf(csv: string, scale: PointScale) {
  const read = readExport('export.csv', new TextEncoder().encode(csv), { scale });
  if (!read.ok) throw new Error(read.message);
  return read.read.rows.map((r) => ({ title: r.title, points: r.points, notes: r.notes }));
}

describe('half a point written as a fraction', () => {
  // Planning poker tools and spreadsheets write the ½ card as "½" or "1/2".
  const csv = 'Key,Title,Points\nOPS-1,Rotate keys,1/2\nOPS-2,Renew cert,½\nOPS-3,Tidy alerts, 1 / 2 \n';

  it('is the ½ card on the modified Fibonacci scale, with no note', () => {
    expect(pointsOf(csv, 'modified_fibonacci')).toEqual([
      { title: 'Rotate keys', points: 0.5, notes: [] },
      { title: 'Renew cert', points: 0.5, notes: [] },
      { title: 'Tidy alerts', points: 0.5, notes: [] },
    ]);
  });

  it('goes to the nearest card on a scale without ½, saying what it was', () => {
    const rows = pointsOf(csv, 'fibonacci');
    expect(rows.map((r) => r.points)).toEqual([1, 1, 1]);
    for (const row of rows) expect(row.notes).toEqual(['points not on the scale: was 0.5 → 1']);
  });

  it('still leaves text that is no number, and a fraction over nothing, unestimated with a note', () => {
    const rows = pointsOf('Key,Title,Points\nOPS-1,One,1/0\nOPS-2,Two,1/2/3\nOPS-3,Three,half\n', 'modified_fibonacci');
    expect(rows.map((r) => r.points)).toEqual([null, null, null]);
    expect(rows.map((r) => r.notes)).toEqual([
      ['points “1/0” are not a number: unestimated'],
      ['points “1/2/3” are not a number: unestimated'],
      ['points “half” are not a number: unestimated'],
    ]);
  });
});

describe('points below zero', () => {
  it('are said to be below zero, not "not a number", and left unestimated', () => {
    const rows = pointsOf('Key,Title,Points\nOPS-1,One,-3\nOPS-2,Two,−0.5\n', 'fibonacci');
    expect(rows.map((r) => [r.points, r.notes])).toEqual([
      [null, ['points “-3” are below zero: unestimated']],
      [null, ['points “−0.5” are below zero: unestimated']],
    ]);
  });
});
