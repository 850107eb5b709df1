import { marked } from 'marked';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToJson } from '../../../src/domain/review/report-json';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import type { Review } from '../../../src/domain/review/schema';
import { UTF8_BOM } from '../../../src/domain/shared/csv';
import { fixture } from './report-fixture';

/** The fixture's report, its "Page storm" demo commented on but neither accepted nor not accepted yet. */
function undecided() {
  const { review } = fixture();
  const slots: Review['slots'] = review.slots.map((s) =>
    s.title === 'Page storm' ? { ...s, acceptance: { accepted: null, comment: 'Waiting on the runbook review' } } : s,
  );
  return fixture({ slots }).model;
}

describe('a demoed item commented on but not decided yet', () => {
  it('is in the Markdown report, with its comment, under its own heading', () => {
    const html = marked.parse(reportToMarkdown(undecided()), { async: false });
    expect(html).toContain('<h2>Not decided</h2>\n<ul>\n<li>Page storm — Waiting on the runbook review</li>');
    expect(html).not.toContain('<h2>Not accepted</h2>');
  });

  it('is in the HTML report, with its comment', () => {
    const html = reportBodyHtml(undecided());
    expect(html).toContain('<h2>Not decided</h2>\n<ul><li>Page storm — Waiting on the runbook review</li></ul>');
  });

  it('is a row of the CSV and an entry of the JSON', () => {
    const csv = reportToCsv(undecided()).slice(UTF8_BOM.length);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.filter((r) => r.Kind === 'not decided').map((r) => [r.Name, r.Comment])).toEqual([
      ['Page storm', 'Waiting on the runbook review'],
    ]);
    const file = JSON.parse(reportToJson(undecided(), '2026-11-13T17:00:00.000Z')) as Record<string, unknown>;
    expect(file.notDecided).toEqual([{ title: 'Page storm', comment: 'Waiting on the runbook review' }]);
  });

  it('leaves the section out when every demoed item is decided', () => {
    const { model } = fixture();
    expect(reportToMarkdown(model)).not.toContain('Not decided');
    expect(reportBodyHtml(model)).not.toContain('Not decided');
  });
});
