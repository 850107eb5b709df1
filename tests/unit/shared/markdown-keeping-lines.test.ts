import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { selfContainedMarkdown } from '../../../src/domain/shared/markdown-blocks';
import { markdownKeepingLines } from '../../../src/domain/shared/markdown-lines';

/** Lines people type in notes, and lines that start or are Markdown constructs. */
const LINES = [
  'Rolled out to eu-west-1',
  '- drain node-7',
  '  then cordon it',
  '1. first',
  '2) second',
  '> quoted',
  '## Results',
  'Title',
  '===',
  '---',
  '```',
  '    indented',
  '',
  '<details>',
  '</div>',
  '<b>bold</b> text',
  '> ```',
  '> code',
  '<!-- draft',
  '-->',
  'run `kubectl get',
  'pods` now',
  '*started',
  'ended*',
  '| a | b |',
  '| --- | --- |',
  'C:\\\\',
  'two spaces  ',
  'https://grafana.example/d/1',
];

/** What a wiki shows, line breaks counted as spaces and spacing made even, but in a code block. */
const shown = (md: string) =>
  marked
    .parse(md, { async: false, gfm: true })
    .split(/(<pre>[\s\S]*?<\/pre>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/<br>/g, ' ').replace(/\s+/g, ' ').replace(/ <\//g, '</')))
    .join('')
    .trim();

describe('notes for a Markdown file, their lines kept', () => {
  it('change nothing a wiki shows but where a line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 2, maxLength: 8 }), (lines) => {
        const notes = lines.join('\n');
        expect(shown(markdownKeepingLines(notes))).toBe(shown(selfContainedMarkdown(notes)));
      }),
      { numRuns: 300 },
    );
  });
});
