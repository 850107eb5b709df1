import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { fixture } from '../review/report-fixture';
import { ctx, sampleRetro } from '../retro/export-fixture';

/** The HTML a reader's Markdown viewer makes of the line that holds `words`. */
function rendered(markdown: string, words: string): string {
  const line = markdown.split('\n').find((l) => l.includes(words)) ?? '';
  return marked.parse(line, { async: false, gfm: true }).trim();
}

describe('Markdown exports: text that ends in a backslash (a Windows share, a path)', () => {
  it('keeps a group title ending in "\\" bold, its backslash shown', () => {
    const r = sampleRetro();
    r.groups = [{ id: 'g1', title: 'Map \\\\fs01\\ops\\' }];
    expect(rendered(retroToMarkdown(r, ctx), 'fs01')).toBe(
      '<ul>\n<li><strong>Map \\\\fs01\\ops\\</strong> (4 votes)</li>\n</ul>',
    );
  });

  it('keeps the backslash at the end of who gave feedback, before the closing bracket', () => {
    const model = fixture().model;
    model.feedback = [{ text: 'Mount it on boot', from: 'IT\\', itemTitle: null, itemDeleted: false }];
    expect(rendered(reportToMarkdown(model), 'Mount it')).toBe('<ul>\n<li>Mount it on boot (IT\\)</li>\n</ul>');
  });
});
