import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/domain/imports/read-export';
import { changeWords, metricDelta } from '../../../src/domain/review/metrics';
import { readTypedNumber } from '../../../src/domain/shared/typed-number';

function readCsv(text: string) {
  const read = readExport('export.csv', new TextEncoder().encode(text), { scale: 'fibonacci', site: '' });
  if (!read.ok) throw new Error(read.message);
  return read.read.rows;
}

/** Cadence writes a fall with the typographic minus ("−3"); copied back into a number field, it reads as typed. */
describe('a number written with the typographic minus (U+2212)', () => {
  it('reads as the same number as with a hyphen-minus, in every form the reader takes', () => {
    for (const text of ['−3', '−1,200.5', '−0,25', ' −7 ', '−.5']) {
      expect(readTypedNumber(text), text).toBe(readTypedNumber(text.replace('−', '-')));
      expect(readTypedNumber(text), text).not.toBeNull();
    }
  });

  it('reads back a change as Cadence writes it in a metric', () => {
    const words = changeWords(metricDelta({ unit: 'pages', before: 0, after: -3, better: 'lower' }));
    const figure = /^(\S+) pages/.exec(words)?.[1] ?? '';
    expect(figure).toBe('−3');
    expect(readTypedNumber(figure)).toBe(-3);
  });

  it('still refuses a minus alone, two signs, or one inside the number', () => {
    for (const text of ['−', '−−3', '-−3', '+−3', '3−', '1−2']) expect(readTypedNumber(text), text).toBeNull();
  });

  it('in an import, leaves points below zero unestimated with the same note, and notes an estimate below zero it leaves out', () => {
    const [pointed, estimated] = readCsv(
      'Summary,Issue key,Original Estimate,Story Points\nA,OPS-1,,−3\nB,OPS-2,−3,\n',
    );
    expect(pointed).toMatchObject({ points: null, notes: ['points “−3” are below zero: unestimated'] });
    expect(estimated?.description).toBe('');
    expect(estimated?.notes).toEqual(['time estimate “−3” is below zero: left out']);
  });
});
