import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import type { MetricBlock } from '../../../src/domain/review/schema';
import { fixture } from './report-fixture';

const HYPHEN_MINUS = '-';
const TYPOGRAPHIC_MINUS = '\u2212';

/** A metric below zero both times, whose change is a fall too (−5 °C → −2.5 °C; higher is worse). */
const cold: MetricBlock = {
  id: 'm1',
  kind: 'metric',
  name: 'Rack inlet',
  unit: '°C',
  before: -5,
  after: -2.5,
  better: 'lower',
};

function reportWith(metric: MetricBlock) {
  return fixture({
    slots: [
      {
        id: 's1',
        title: 'Cooling',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        acceptance: { accepted: null, comment: '' },
        blocks: [metric],
      },
    ],
  }).model;
}

describe('a metric value below zero in the sprint report', () => {
  it('is written with the typographic minus its change label uses, in the Markdown and HTML reports', () => {
    const model = reportWith(cold);
    const markdown = reportToMarkdown(model);
    const html = reportBodyHtml(model);
    for (const text of [markdown, html]) {
      expect(text).toContain(`${TYPOGRAPHIC_MINUS}5 °C`);
      expect(text).toContain(`${TYPOGRAPHIC_MINUS}2.5 °C`);
      expect(text).not.toContain(`${HYPHEN_MINUS}5 °C`);
      expect(text).not.toContain(`${HYPHEN_MINUS}2.5 °C`);
    }
  });

  it('keeps the hyphen-minus in the CSV, as its change column does, so a spreadsheet reads a number', () => {
    const csv = reportToCsv(reportWith({ ...cold, unit: '' }));
    const row = csv.split(/\r?\n/).find((line) => line.includes('Rack inlet')) ?? '';
    expect(row).toContain(`${HYPHEN_MINUS}5,${HYPHEN_MINUS}2.5`);
    expect(row).not.toContain(TYPOGRAPHIC_MINUS);
  });
});
