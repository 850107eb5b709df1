import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { codeSpan, headingText, inlineMarkdown, tableCell } from '../../../src/domain/shared/markdown-text';

/** What a reader sees: the Markdown rendered (as a list item, where exports put most text), tags dropped. */
function shown(markdown: string): string {
  return textOf(marked.parse(`- ${markdown}`, { async: false, gfm: true }));
}

/** HTML's text: tags dropped, entities read. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('inlineMarkdown (user text in Markdown exports)', () => {
  it.each([
    '# Pager storm at 3am',
    'Alerts were *noise*, not __signal__',
    '<script>alert(1)</script> and <b>bold</b>',
    '1. first, then 2) second',
    '- not a nested list',
    '+ nor this',
    'a | table | row',
    '[click](javascript:alert(1)) and ![img](x.png)',
    '`rm -rf /` in a runbook',
    'line one\nline two\n\n# not a heading',
    '&lt; typed as text, and ~~struck~~',
    'C:\\Users\\ops',
  ])('shows %j exactly as typed', (text) => {
    const html = marked.parse(`- ${inlineMarkdown(text)}`, { async: false, gfm: true });
    expect(html).not.toMatch(/<(h\d|em|strong|code|a|img|script|b|ol|table|del)[ >]/);
    expect(shown(inlineMarkdown(text))).toBe(folded(text));
  });

  it('shows any printable text exactly as typed (property)', () => {
    const printable = fc.string({ unit: fc.constantFrom(...' #*_-+=1.)`[]()<>|!~&\\:ab\t'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(printable, (text) => {
        expect(shown(inlineMarkdown(text))).toBe(folded(text));
      }),
      { numRuns: 20000 },
    );
  }, 30_000); // 20 000 Markdown renders: CPU-bound, slow on a shared machine.

  it('shows a heading exactly as typed, a closing "#" included (property)', () => {
    const printable = fc.string({ unit: fc.constantFrom(...' #*_-+=1.)`[]()<>|!~&\\:ab\t'.split('')), maxLength: 30 });
    const heading = (text: string) => {
      const html = marked.parse(`### 1. ${headingText(text)}`, { async: false, gfm: true });
      return textOf(html).replace(/^1\. /, '');
    };
    expect(heading('Alert tuning #')).toBe('Alert tuning #');
    expect(heading('Queue depth ##')).toBe('Queue depth ##');
    fc.assert(
      // A heading always has words: a slot's or a retro's title is never blank.
      fc.property(
        printable.filter((text) => text.trim() !== ''),
        (text) => {
          expect(heading(text)).toBe(folded(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    'p95 < 200 ms, ~5 min to recover',
    'predict_linear(node_filesystem_avail_bytes[6h], 4*3600) < 0',
    'AT&T link flapped; 3 * 4 pagers',
    'snake_case_name and C:\\temp',
    '1.5 hours on -5% error budget',
  ])('leaves %j as typed: nothing in it is Markdown syntax, and Jira shows backslashes literally', (text) => {
    expect(inlineMarkdown(text)).toBe(text);
  });

  it("escapes a table cell's pipes and writes commands as code spans that hold backticks", () => {
    expect(tableCell('a | b')).toBe('a \\| b');
    expect(codeSpan('rate(http_errors[5m]) > 0.1')).toBe('`rate(http_errors[5m]) > 0.1`');
    expect(codeSpan('echo `date`')).toBe('`` echo `date` ``');
    expect(shown(codeSpan('echo `date`'))).toBe('echo `date`');
  });
});
