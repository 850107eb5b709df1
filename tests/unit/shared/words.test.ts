import { describe, expect, it } from 'vitest';
import { pointsText } from '../../../src/domain/shared/words';
import { estimateText } from '../../../src/domain/team/scales';

describe('points in words', () => {
  it('says "1 point" and "n points", rounded to two decimals', () => {
    expect([1, 0, 0.5, 13, 7 / 3].map(pointsText)).toEqual([
      '1 point',
      '0 points',
      '0.5 points',
      '13 points',
      '2.33 points',
    ]);
  });

  it('writes an accepted estimate as a sentence reads it: the size, then its points', () => {
    expect(estimateText('fibonacci', 1)).toBe('1 point');
    expect(estimateText('fibonacci', 5)).toBe('5 points');
    expect(estimateText('tshirt', 1)).toBe('XS (1 point)');
    expect(estimateText('tshirt', 3)).toBe('M (3 points)');
  });
});
