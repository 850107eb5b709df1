import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportPanel } from '../../../renderer/screens/review/ReportPanel';
import { buildReportModel, type ReportInput } from '../../../src/domain/review/report-model';
import { REPORT_CSS, reportBodyHtml } from '../../../src/domain/review/report-html';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { sprint } from '../../helpers/fixtures';

const ALERT = 'sum by (service) (\n  rate(http_requests_total{code=~"5.."}[5m])\n)\n  > 0.05';

function input(): ReportInput {
  const s = sprint({ name: 'Sprint 7', startDate: '2026-11-16', endDate: '2026-11-27', state: 'active' });
  const review = ReviewSchema.parse({
    id: 'review-1',
    sprintId: s.id,
    createdAt: '2026-11-27T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
    slots: [
      {
        id: 's1',
        title: 'Alerting',
        blocks: [
          {
            id: 'm1',
            kind: 'monitors',
            monitors: [{ name: 'ApiErrors', condition: ALERT, severity: 'critical', runbook: '' }],
          },
        ],
      },
    ],
  });
  return {
    teamName: 'Platform',
    sprint: s,
    items: [],
    members: [],
    review,
    settings: { standardDayHours: 6, startingPointsPerPersonDay: 1 },
  };
}

/** A stylesheet as a printer applies it: each `@media print` block's rules after the rules for every medium. */
let sheet: HTMLStyleElement | null = null;
function printWith(css: string) {
  sheet = document.createElement('style');
  sheet.textContent = css;
  document.head.append(sheet);
  const rules: string[] = [];
  for (const rule of [...sheet.sheet!.cssRules]) {
    if (rule instanceof CSSMediaRule) {
      if (/\bprint\b/.test(rule.media.mediaText)) rules.push(...[...rule.cssRules].map((r) => r.cssText));
    } else rules.push(rule.cssText);
  }
  sheet.textContent = rules.join('\n');
}
afterEach(() => sheet?.remove());

function expectLinesKept(container: Element) {
  const code = [...container.querySelectorAll('.monitors code')].find((c) => c.textContent === ALERT);
  expect(code, 'the condition as written').toBeDefined();
  // Its lines stay lines on paper, and a line longer than the page wraps in its cell.
  expect(getComputedStyle(code!).whiteSpace).toBe('pre-wrap');
}

describe('a printed sprint report with an alert condition over several lines', () => {
  it("keeps its lines in the app's print copy", () => {
    printWith(readFileSync(resolve(__dirname, '../../../renderer/styles/review.css'), 'utf8'));
    const { container } = render(<ReportPanel input={input()} />);
    expectLinesKept(container.querySelector('.review-print')!);
  });

  it('keeps its lines when the exported HTML file is printed', () => {
    printWith(REPORT_CSS);
    const { container } = render(
      <div dangerouslySetInnerHTML={{ __html: reportBodyHtml(buildReportModel(input())) }} />,
    );
    expectLinesKept(container);
  });
});
