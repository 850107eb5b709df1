import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { markdownLine } from '../../../src/domain/shared/markdown-text';
import { fixture } from '../review/report-fixture';
import { ctx, sampleRetro } from '../retro/export-fixture';

/**
 * What a reader of the exported file sees on the line that holds the first words of `words` (the rest may be escaped):
 * its text, and whether any of it is styled.
 */
function shownLine(markdown: string, words: string): { text: string; styled: boolean } {
  const line = markdown.split('\n').find((l) => l.includes(words.slice(0, 6))) ?? '';
  const html = marked.parseInline(line.replace(/^\s*- (\[[ x]\] )?/, '')) as string;
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { text, styled: /<(em|strong|code|del)>/.test(html) };
}

describe('Markdown exports: one line holding several people’s texts', () => {
  it('shows a glob in an accepted item’s title and another in its comment as typed, not as emphasis', () => {
    const model = fixture().model;
    model.accepted = [{ title: 'Rotate *.log files', comment: 'also cleans /var/log/*' }];
    const shown = shownLine(reportToMarkdown(model), 'Rotate *.log');
    expect(shown).toEqual({ text: 'Rotate *.log files — also cleans /var/log/*', styled: false });
  });

  it('shows a lone backtick in feedback and another in who gave it as typed, not as code', () => {
    const model = fixture().model;
    model.feedback = [{ text: 'Love the `kubectl plugin', from: 'Ops` team', itemTitle: null, itemDeleted: false }];
    const shown = shownLine(reportToMarkdown(model), 'Love the');
    expect(shown).toEqual({ text: 'Love the `kubectl plugin (Ops` team)', styled: false });
  });

  it('shows a retro action and the card it came from as typed when each holds one `*`', () => {
    const r = sampleRetro();
    r.cards = r.cards.map((c) =>
      c.text === 'DNS outage ate two days' ? { ...c, text: '/var/log/* fills the disk' } : c,
    );
    r.actions = r.actions.map((a) => (a.id === 'act-2' ? { ...a, text: 'Add logrotate for *.log' } : a));
    const all = retroToMarkdown(r, ctx).split('## Action items')[1] ?? '';
    expect(shownLine(all, 'Add logrotate')).toEqual({
      text: 'Add logrotate for *.log (owner: Unassigned · Mitigate) — from: /var/log/* fills the disk',
      styled: false,
    });
  });

  it('still writes a lone mark in a line’s only text without a backslash (“~5 min”)', () => {
    const model = fixture().model;
    model.accepted = [{ title: 'Deploys take ~5 min', comment: '' }];
    expect(reportToMarkdown(model)).toContain('- Deploys take ~5 min\n');
  });

  it('styles nothing of any two texts written on one line (property)', () => {
    const piece = fc.string({ unit: fc.constantFrom(...' #*_-+=1.)`[]()<>|!~&\\:ab'.split('')), maxLength: 16 });
    fc.assert(
      fc.property(piece, piece, (a, b) => {
        const html = marked.parse(
          markdownLine((md) => `- x${md(a)} — ${md(b)}y`),
          { async: false, gfm: true },
        );
        expect(html).not.toMatch(/<(em|strong|code|del|a|img)[ >]/);
      }),
      { numRuns: 1000 },
    );
  });
});
