import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { reportBodyHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { fixture } from './report-fixture';

describe('a sprint report exported before any demo was planned', () => {
  const { model } = fixture({ slots: [], feedback: [] });

  it('says the agenda is empty in the Markdown report, as presenter mode does', () => {
    const html = marked.parse(reportToMarkdown(model), { async: false });
    expect(html).toMatch(/<h2>Demo agenda<\/h2>\n<p><em>The agenda is empty\.<\/em><\/p>\n?$/);
  });

  it('says the agenda is empty in the HTML report', () => {
    expect(reportBodyHtml(model)).toMatch(/<h2>Demo agenda<\/h2>\n<p class="note">The agenda is empty\.<\/p>$/);
  });
});
