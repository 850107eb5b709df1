import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { fixture } from './report-fixture';

/** The words after the arrow of the fixture's one piece of feedback, made into a backlog item. */
const linkedWords = (text: string) => /→ ([^\n<]+)/.exec(text)?.[1];

describe('feedback made into a backlog item, in the reports', () => {
  it('names the item in the same words, with the same quotes, in Markdown and in HTML', () => {
    const { model } = fixture();
    const md = linkedWords(reportToMarkdown(model));
    const html = linkedWords(reportBodyHtml(model));
    expect(md).toBe('backlog item “Dashboards for cache hit ratio”');
    expect(html).toBe(md);
  });
});
