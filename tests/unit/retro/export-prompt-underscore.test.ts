import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { retro } from './build';
import { ctx } from './export-fixture';

/** A retro of a custom template whose one column has `prompt`. */
const withPrompt = (prompt: string) =>
  retro({ templateName: 'Ours', columns: [{ id: 'c1', title: 'Alerts', prompt }] });

/** The Markdown export as a reader sees it: the column's prompt, rendered. */
const promptShown = (prompt: string) => {
  const html = marked.parse(retroToMarkdown(withPrompt(prompt), ctx), { async: false });
  return html.match(/<h2>Alerts<\/h2>\n(<p>.*<\/p>)/)?.[1];
};

describe('Markdown export: a column prompt with a loose underscore', () => {
  it('keeps the whole prompt in italics and the underscore as typed', () => {
    expect(promptShown('Name the _worst alert')).toBe('<p><em>Name the _worst alert</em></p>');
    expect(promptShown('Which page_ woke you?')).toBe('<p><em>Which page_ woke you?</em></p>');
    expect(promptShown('_ marks a blank')).toBe('<p><em>_ marks a blank</em></p>');
  });

  it('leaves an underscore inside a word, and a prompt with none, as they were', () => {
    const md = retroToMarkdown(withPrompt('Was predict_linear noisy?'), ctx);
    expect(md).toContain('_Was predict_linear noisy?_');
    expect(retroToMarkdown(withPrompt('What went well?'), ctx)).toContain('_What went well?_');
  });
});
