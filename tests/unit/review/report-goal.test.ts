import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { buildReportModel } from '../../../src/domain/review/report-model';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { sprint } from '../../helpers/fixtures';

/** A sprint goal written as the sprint form invites ("One or more sentences; Markdown is fine."). */
const GOAL = 'Cut p95 latency:\n\n- **API** under 200 ms\n- pager noise halved <img src=x onerror=alert(1)>';

function model(goal: string) {
  const s = sprint({ name: 'Sprint 9', goal, startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const review = ReviewSchema.parse({
    id: 'review-1',
    sprintId: s.id,
    createdAt: '2026-11-13T10:00:00.000Z',
    updatedAt: '2026-11-13T10:00:00.000Z',
  });
  return buildReportModel({
    teamName: 'Platform',
    sprint: s,
    items: [],
    members: [],
    review,
    settings: { standardDayHours: 6, startingPointsPerPersonDay: 1 },
  });
}

/** The Markdown report's "Sprint goal" section, up to the next heading. */
function goalSection(md: string): string {
  return md.split('## Sprint goal')[1]?.split('**Outcome:')[0] ?? '';
}

describe('the sprint goal in the sprint report', () => {
  it('keeps a Markdown goal as Markdown: its lines and list stay a list, its emphasis stays emphasis', () => {
    const md = reportToMarkdown(model(GOAL));
    const rendered = marked.parse(goalSection(md), { async: false });
    expect(rendered).toContain('<li><strong>API</strong> under 200 ms</li>');
    expect(rendered).toContain('<p>Cut p95 latency:</p>');
  });

  it('renders a Markdown goal in the HTML report, raw HTML shown as text', () => {
    const html = reportBodyHtml(model(GOAL));
    expect(html).toContain('<li><strong>API</strong> under 200 ms</li>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('still says so when no goal was set', () => {
    expect(reportToMarkdown(model(''))).toContain('_No goal was set._');
    expect(reportBodyHtml(model(''))).toContain('<em>No goal was set.</em>');
  });
});
