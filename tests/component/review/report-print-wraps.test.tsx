import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportPanel } from '../../../renderer/screens/review/ReportPanel';
import { buildReportModel, type ReportInput } from '../../../src/domain/review/report-model';
import { REPORT_CSS, reportBodyHtml } from '../../../src/domain/review/report-html';
import { ReviewSchema } from '../../../src/domain/review/schema';
import { sprint } from '../../helpers/fixtures';

const DIGEST =
  'registry.example.com/platform/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** A review whose one demo prints an image digest far longer than a line of paper. */
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
        title: 'New image',
        blocks: [
          {
            id: 'cli-1',
            kind: 'cli',
            title: 'Pin the image',
            steps: [{ command: `helm upgrade api ./chart --set image=${DIGEST}`, output: `pulled ${DIGEST}` }],
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

/**
 * A stylesheet as a printer applies it: jsdom matches only screen rules, so each `@media print` block's rules are
 * taken out of it (after the rules for every medium, as in the sheet).
 */
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

/** The terminal and the command's word that holds the digest. */
function terminalOf(container: HTMLElement) {
  const terminal = container.querySelector<HTMLElement>('.terminal')!;
  const word = [...terminal.querySelectorAll('span')].find((s) => s.textContent === `image=${DIGEST}`);
  expect(word, 'the command word holding the digest').toBeDefined();
  return { terminal, word: word! };
}

function expectWrapsOnPaper({ terminal, word }: { terminal: HTMLElement; word: HTMLElement }) {
  // The output line (no word of its own) breaks at any character where the paper ends, not past its edge.
  expect(getComputedStyle(terminal).overflowWrap).toBe('anywhere');
  expect(getComputedStyle(terminal).overflowX).not.toMatch(/auto|scroll|hidden/);
  // The command's long word may break too; shorter words still move to the next line whole.
  expect(getComputedStyle(word).whiteSpace).not.toBe('pre');
  expect(getComputedStyle(word).overflowWrap).toBe('anywhere');
}

describe('a printed sprint report with a token longer than the line (an image digest)', () => {
  it("wraps it in the app's print copy rather than cut it at the paper's edge", () => {
    printWith(readFileSync(resolve(__dirname, '../../../renderer/styles/review.css'), 'utf8'));
    const { container } = render(<ReportPanel input={input()} />);
    expectWrapsOnPaper(terminalOf(container.querySelector<HTMLElement>('.review-print')!));
  });

  it('wraps it when the exported HTML file is printed', () => {
    printWith(REPORT_CSS);
    const { container } = render(
      <div dangerouslySetInnerHTML={{ __html: reportBodyHtml(buildReportModel(input())) }} />,
    );
    expectWrapsOnPaper(terminalOf(container));
  });
});
