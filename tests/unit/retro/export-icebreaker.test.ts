import { marked } from 'marked';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { Retro } from '../../../src/domain/retro/schema';
import { retro } from './build';
import { ctx, XSS } from './export-fixture';

/** A question as an imported file or another client may hold it: marks and markup, typed as text. */
const QUESTION = 'Which *noisy* alert <b>woke</b> you?';
const withQuestion = (mode: Retro['checkIn']['mode'], question = QUESTION) => retro({ checkIn: { mode, question } });

/** HTML as a reader sees it: tags dropped, spaces folded. */
const readable = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
/** The same, with the entities of `<` and `>` read back. */
const shown = (html: string) => readable(html).replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('exports carry the icebreaker question the check-in showed', () => {
  it('Markdown: under Check-in, shown as typed', () => {
    const md = retroToMarkdown(withQuestion('icebreaker'), ctx);
    expect(md).toContain('## Check-in');
    const html = marked.parse(md, { async: false });
    expect(shown(html)).toContain('Icebreaker question: Which *noisy* alert <b>woke</b> you?');
  });

  it('HTML: under Check-in, escaped', () => {
    const html = retroToHtml(withQuestion('icebreaker', XSS), ctx);
    expect(html).toContain('<h2>Check-in</h2>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain(XSS);
    expect(readable(retroToHtml(withQuestion('icebreaker'), ctx))).toContain(
      'Icebreaker question Which *noisy* alert &lt;b&gt;woke&lt;/b&gt; you?',
    );
  });

  it('CSV: a check-in row with the question as its text', () => {
    const rows = Papa.parse<Record<string, string>>(retroToCsv(withQuestion('icebreaker'), ctx), { header: true }).data;
    expect(rows).toContainEqual(
      expect.objectContaining({ Kind: 'check-in', Type: 'Icebreaker question', Text: QUESTION }),
    );
  });

  it('JSON: the retro keeps its check-in', () => {
    const json = JSON.parse(retroToJson(withQuestion('icebreaker'), null, '2026-11-20T12:00:00.000Z', () => 'Ana'));
    expect(json.retro.checkIn).toEqual({ mode: 'icebreaker', question: QUESTION });
  });

  it('say nothing of a question the check-in did not show (another mode, or none)', () => {
    for (const r of [withQuestion('health'), withQuestion('none'), withQuestion('icebreaker', '')]) {
      expect(retroToMarkdown(r, ctx)).not.toContain('Icebreaker');
      expect(retroToHtml(r, ctx)).not.toContain('Icebreaker');
      expect(retroToCsv(r, ctx)).not.toContain('check-in');
    }
  });
});
