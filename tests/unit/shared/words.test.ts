import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  decimalPlural,
  decimalWord,
  numberText,
  pointsText,
  quote,
  quotedList,
} from '../../../src/domain/shared/words';
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

  it('chooses the noun by the figure as written, so 1.004 person-days is "1 person-day"', () => {
    expect([1.004, 2.5, 1234.567].map((n) => decimalPlural(n, 'person-day'))).toEqual([
      '1 person-day',
      '2.5 person-days',
      '1,234.57 person-days',
    ]);
    expect(decimalWord(0.99, 'committed point')).toBe('committed points');
    expect(decimalWord(0.999, 'committed point')).toBe('committed point');
  });

  it('writes an accepted estimate as a sentence reads it: the size, then its points', () => {
    expect(estimateText('fibonacci', 1)).toBe('1 point');
    expect(estimateText('fibonacci', 5)).toBe('5 points');
    expect(estimateText('tshirt', 1)).toBe('XS (1 point)');
    expect(estimateText('tshirt', 3)).toBe('M (3 points)');
  });
});

describe('numbers in words', () => {
  const intl = new Intl.NumberFormat('en');

  it('writes every whole number as Intl does in English, thousands grouped', () => {
    expect([0, 7, 999, 1000, 4305, 10_000, -1234567, Number.MAX_SAFE_INTEGER].map(numberText)).toEqual([
      '0',
      '7',
      '999',
      '1,000',
      '4,305',
      '10,000',
      '-1,234,567',
      '9,007,199,254,740,991',
    ]);
    fc.assert(fc.property(fc.maxSafeInteger(), (n) => numberText(n) === intl.format(n)));
  });

  it('builds no Intl number formatter for whole numbers, on load or on use (the first one costs ~20 ms)', async () => {
    const Original = Intl.NumberFormat;
    let made = 0;
    // Counts the formatters made by a fresh copy of the modules; Intl's own formatter does the work.
    Intl.NumberFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made++;
      }
    } as typeof Intl.NumberFormat;
    try {
      vi.resetModules();
      const words = await import('../../../src/domain/shared/words');
      const text = await import('../../../src/domain/shared/text');
      expect([words.numberText(4305), words.plural(1200, 'item')]).toEqual(['4,305', '1,200 items']);
      expect(text.requiredText('Title', 200).safeParse('x'.repeat(201)).error?.issues[0]?.message).toBe(
        'Title is too long: use at most 200 characters.',
      );
      expect(made).toBe(0);
      expect(words.numberText(0.5)).toBe('0.5');
      expect(made).toBe(1);
    } finally {
      Intl.NumberFormat = Original;
    }
  });

  it('leaves fractions, huge numbers and the odd values to Intl', () => {
    fc.assert(fc.property(fc.double(), (n) => numberText(n) === intl.format(n)));
    expect([2.335, -0, 1e21, Number.NaN, -Infinity].map(numberText)).toEqual(
      [2.335, -0, 1e21, Number.NaN, -Infinity].map((n) => intl.format(n)),
    );
  });
});

describe('a person’s text quoted in a message', () => {
  it('is set in curly quotes, as every message writes a title or a name', () => {
    expect(quote('Rotate keys')).toBe('“Rotate keys”');
    expect(quote('say "hi"')).toBe('“say "hi"”');
  });

  it('quotes each name of a list the same way', () => {
    expect(quotedList(['Year end'])).toBe('“Year end”');
    expect(quotedList(['Audit', 'Year end'])).toBe('“Audit” and “Year end”');
    expect(quotedList(['a', 'b', 'c'], 'or')).toBe('“a”, “b” or “c”');
  });
});
