import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportToCsv } from '../../../src/domain/review/report-csv';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToJson } from '../../../src/domain/review/report-json';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { UTF8_BOM } from '../../../src/domain/shared/csv';
import { fixture } from './report-fixture';

/** The fixture's report, its feedback made into a backlog item that was deleted since. */
function itemDeleted() {
  const { review } = fixture();
  const feedback = review.feedback.map((f) => ({ ...f, text: 'Show hit ratio', itemId: 'item-deleted-since' }));
  return fixture({ feedback }).model;
}

describe('feedback whose backlog item was deleted since', () => {
  it('says "a deleted item" in the Markdown and HTML reports, as the screen does, not as a quoted title', () => {
    expect(reportToMarkdown(itemDeleted())).toContain('- Show hit ratio (Product) → a deleted item\n');
    expect(reportBodyHtml(itemDeleted())).toContain(
      '<li>Show hit ratio <span class="note">(Product)</span> → a deleted item</li>',
    );
  });

  it('says it in the CSV and the JSON too, where the JSON also flags it for scripts', () => {
    const csv = reportToCsv(itemDeleted()).slice(UTF8_BOM.length);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.filter((r) => r.Kind === 'feedback').map((r) => r.Item)).toEqual(['a deleted item']);
    const file = JSON.parse(reportToJson(itemDeleted(), '2026-11-13T17:00:00.000Z')) as { feedback: unknown };
    expect(file.feedback).toEqual([
      { text: 'Show hit ratio', from: 'Product', itemTitle: 'a deleted item', itemDeleted: true },
    ]);
  });

  it('still names a backlog item that exists by its title', () => {
    const { model } = fixture();
    expect(reportToMarkdown(model)).toContain('→ backlog item “Dashboards for cache hit ratio”');
    expect(model.feedback.map((f) => f.itemDeleted)).toEqual([false]);
  });
});
