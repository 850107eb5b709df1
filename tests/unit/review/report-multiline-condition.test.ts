import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { markdownToJira } from '../../../src/domain/shared/jira-markup';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { reportToJson } from '../../../src/domain/review/report-json';
import { MonitorSchema, type DemoBlock } from '../../../src/domain/review/schema';
import { fixture } from './report-fixture';

/** How a wiki or GitHub shows a Markdown file. */
const wiki = (md: string) => marked.parse(md, { async: false, gfm: true });

/** A PromQL alert as written in a rules file: several lines, indented. */
const ALERT = [
  'sum by (service) (',
  '  rate(http_requests_total{code=~"5.."}[5m])',
  ')',
  '  / sum by (service) (rate(http_requests_total[5m]))',
  '  > 0.05',
].join('\n');

function reportWithMonitors(...conditions: string[]) {
  const blocks: DemoBlock[] = [
    {
      id: 'b1',
      kind: 'monitors',
      monitors: conditions.map((condition, i) => ({
        name: `Alert${i + 1}`,
        condition,
        severity: 'critical',
        runbook: '',
      })),
    },
  ];
  return fixture({
    slots: [
      {
        id: 's1',
        title: 'Alerting',
        itemId: null,
        presenterId: null,
        timeboxMinutes: 5,
        blocks,
        acceptance: { accepted: null, comment: '' },
      },
    ],
  }).model;
}

describe('a multi-line alert condition', () => {
  it('is kept as written, its indentation and lines, past the old 500-character limit', () => {
    const long = `${ALERT}\n${'  or vector(0)\n'.repeat(40)}  > 0`;
    expect(long.length).toBeGreaterThan(500);
    expect(MonitorSchema.parse({ name: 'Errors', condition: long, severity: 'critical' }).condition).toBe(long);
    expect(MonitorSchema.parse({ name: 'Errors', condition: ALERT, severity: 'critical' }).condition).toBe(ALERT);
  });

  it('still refuses an empty condition and one past its limit, in words', () => {
    expect(MonitorSchema.safeParse({ name: 'E', condition: ' \n ', severity: 'info' }).error?.issues[0]?.message).toBe(
      'Condition cannot be empty.',
    );
    const issue = MonitorSchema.safeParse({ name: 'E', condition: 'x'.repeat(20_001), severity: 'info' }).error
      ?.issues[0]?.message;
    expect(issue).toMatch(/^Condition is too long: use at most [\d,]+ characters\.$/);
  });

  it('shows as code, line for line, in the Markdown report, and the table around it stays whole', () => {
    const md = reportToMarkdown(reportWithMonitors('up == 0', ALERT));
    const html = wiki(md);
    // One table: both monitors are its rows, the one-line condition in its cell.
    const table = html.split('</table>').find((t) => t.includes('<th>Condition</th>')) ?? '';
    expect(table).toContain('Alert1');
    expect(table).toContain('Alert2');
    expect(table).toContain('<code>up == 0</code>');
    // The multi-line one as a code block, verbatim.
    expect(html).toContain(`<code>${ALERT.replace(/"/g, '&quot;').replace(/>/g, '&gt;')}\n</code>`);
  });

  it('keeps its lines in the Jira markup, the HTML report and the JSON', () => {
    const model = reportWithMonitors(ALERT);
    expect(markdownToJira(reportToMarkdown(model))).toContain(ALERT);
    const body = reportBodyHtml(model);
    expect(body).toContain(ALERT.replace(/&/g, '&amp;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').split('\n')[1]);
    expect(body).toMatch(/<code>sum by \(service\) \(\n {2}rate/);
    expect(reportToJson(model, '2026-11-13T10:00:00.000Z')).toContain(JSON.stringify(ALERT));
  });
});
