import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import type { PointScale } from '../../../src/domain/team/scales';

/** A Jira project that sizes in T-shirts keeps them in a custom field: a T-shirt team's import reads it as points. */

function readCsv(lines: string[], scale: PointScale) {
  const read = readExport('export.csv', new TextEncoder().encode(lines.join('\n')), {
    scale,
    site: 'https://acme.atlassian.net',
  });
  if (!read.ok) throw new Error(read.message);
  return read.read;
}

describe('a T-shirt size column', () => {
  it("is a T-shirt team's points when the export has no story points column", () => {
    const read = readCsv(
      ['Summary,Issue key,Custom field (T-Shirt Size)', 'Renew certificates,OPS-1,M', 'Patch kernels,OPS-2,XL'],
      'tshirt',
    );
    expect(read.mapping.points).toEqual(['Custom field (T-Shirt Size)']);
    expect(read.rows.map((r) => r.points)).toEqual([3, 8]);
  });

  it('is found by its other spellings ("T-shirt size")', () => {
    const read = readCsv(['Summary,Issue key,T-shirt size', 'Renew certificates,OPS-1,S'], 'tshirt');
    expect(read.rows[0]?.points).toBe(2);
  });

  it('does not take the points from a Story Points column the export has', () => {
    const read = readCsv(
      [
        'Summary,Issue key,Custom field (Story Points),Custom field (T-Shirt Size)',
        'Renew certificates,OPS-1,5,M',
        'Patch kernels,OPS-2,,XL',
      ],
      'tshirt',
    );
    expect(read.mapping.points).toEqual(['Custom field (Story Points)']);
    expect(read.rows.map((r) => r.points)).toEqual([5, null]);
  });

  it("is not a numeric team's points (its sizes are no numbers)", () => {
    const read = readCsv(['Summary,Issue key,Custom field (T-Shirt Size)', 'Renew certificates,OPS-1,M'], 'fibonacci');
    expect(read.mapping.points).toEqual([]);
    expect(read.rows[0]).toMatchObject({ points: null, notes: [] });
  });
});
