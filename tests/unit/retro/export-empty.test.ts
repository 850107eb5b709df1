import { describe, expect, it } from 'vitest';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { Retro } from '../../../src/domain/retro/schema';
import { retro } from './build';
import { ctx } from './export-fixture';

/** A postmortem opened and exported before anything was written: no cards, notes, actions or timeline. */
function emptyPostmortem(): Retro {
  return {
    ...retro({ title: 'Postmortem — DNS' }),
    kind: 'postmortem',
    incident: {
      severity: 'sev3',
      startedAt: '2026-11-18T02:10:00.000Z',
      endedAt: null,
      services: [],
      commanderId: null,
      scribeId: null,
      impact: '',
    },
    timeline: [],
  };
}

/** The page's text between a heading and the next, tags dropped, as a reader sees it. */
function section(html: string, heading: string): string {
  const from = html.indexOf(`<h2>${heading}</h2>`);
  const to = html.indexOf('<h2>', from + 1);
  return html
    .slice(from, to === -1 ? html.indexOf('</body>') : to)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('an empty retro or postmortem as an HTML page', () => {
  it('says each section is empty, in the words the Markdown export uses', () => {
    const html = retroToHtml(emptyPostmortem(), ctx);
    const md = retroToMarkdown(emptyPostmortem(), ctx);
    expect(section(html, 'Timeline')).toBe('Timeline No timeline entries.');
    expect(section(html, 'Alerts')).toBe('Alerts Which alerts were actionable, which were noise? No cards.');
    expect(section(html, 'Discussion')).toBe('Discussion No discussion notes.');
    expect(section(html, 'Action items')).toBe('Action items No action items.');
    for (const words of ['No timeline entries.', 'No cards.', 'No discussion notes.', 'No action items.']) {
      expect(md).toContain(`_${words}_`);
    }
  });

  it('writes no empty list', () => {
    expect(retroToHtml(emptyPostmortem(), ctx)).not.toMatch(/<ul>\s*<\/ul>/);
  });
});
