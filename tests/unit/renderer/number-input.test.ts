import { describe, expect, it } from 'vitest';
import { numberFromInput, numberMessage } from '../../../renderer/components/number-input';
import { numberText } from '../../../src/domain/shared/words';

describe('numberFromInput: a typed number', () => {
  it('reads commas followed by groups of three digits as thousands separators', () => {
    expect(numberFromInput('1,200')).toBe(1200);
    expect(numberFromInput('1,000,000')).toBe(1_000_000);
    expect(numberFromInput('1,200.5')).toBe(1200.5);
    expect(numberFromInput('-1,200')).toBe(-1200);
    expect(numberFromInput(' 10,001 ')).toBe(10_001);
  });

  it('reads a single comma followed by other than three digits as a decimal comma', () => {
    expect(numberFromInput('12,5')).toBe(12.5);
    expect(numberFromInput('0,25')).toBe(0.25);
    expect(numberFromInput('0,5')).toBe(0.5);
    expect(numberFromInput('-3,75')).toBe(-3.75);
    expect(numberFromInput('1,2345')).toBe(1.2345);
  });

  it('reads plain numbers as before', () => {
    expect(numberFromInput('850')).toBe(850);
    expect(numberFromInput('0.5')).toBe(0.5);
    expect(numberFromInput('.5')).toBe(0.5);
    expect(numberFromInput('-7')).toBe(-7);
    expect(numberFromInput('+7')).toBe(7);
  });

  it('gives back every number as Cadence writes it on screen', () => {
    for (const n of [1200, 10_001, 1_000_000_000, 1234.5, -0.25, 0, 42, -98_765.432]) {
      expect(numberFromInput(numberText(n))).toBe(n);
    }
  });

  it('refuses empty text and anything that is not a clean number (NaN)', () => {
    for (const text of [
      '',
      '   ',
      'fast',
      '1.200,5',
      '1,20,000',
      '1,2,3',
      '1,,2',
      '1234,567',
      '1,200,5',
      '12 000',
      '0x10',
      '1e3',
      'Infinity',
      '1.2.3',
      ',5',
      '5,',
      '-',
    ]) {
      expect(numberFromInput(text), text).toBeNaN();
    }
  });

  it('says how to write a number', () => {
    expect(numberMessage('Before value')).toBe('Before value must be a number, such as 1200, 1,200 or 1200.5.');
  });
});
