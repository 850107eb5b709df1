import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import { ctx, sampleRetro } from './export-fixture';

/** The sample with a signed card in its group and a signed loose card, as the board shows them ("— Bo"). */
function signed() {
  const r = sampleRetro();
  r.cards = r.cards.map((c) =>
    c.text === 'CPU alert flaps nightly'
      ? { ...c, authorId: 'm2' }
      : c.text === 'DNS outage ate two days'
        ? { ...c, authorId: 'm1' }
        : c,
  );
  return r;
}

describe('retro exports: who signed a card', () => {
  it('names the author after a signed card in Markdown, as the board does; anonymous cards name no one', () => {
    const md = retroToMarkdown(signed(), ctx);
    expect(md).toContain('  - Disk alerts fire at 80%\n  - CPU alert flaps nightly — Bo\n');
    expect(md).toContain('- DNS outage ate two days — Ana (2 votes)');
    expect(md).toContain('- Nobody voted for this card (0 votes)');
  });

  it('names the author in HTML', () => {
    const html = retroToHtml(signed(), ctx);
    expect(html).toContain('<li>CPU alert flaps nightly — Bo</li>');
    expect(html).toContain('DNS outage ate two days — Ana <span class="votes">2 votes</span>');
    expect(html).toContain('<li>Disk alerts fire at 80%</li>');
  });

  it('gives each card its author in the CSV, empty for an anonymous card', () => {
    const { data } = Papa.parse<Record<string, string>>(retroToCsv(signed(), ctx), { header: true });
    const cards = data.filter((row) => row.Kind === 'card').map((row) => [row.Text, row.Author]);
    expect(cards).toEqual([
      ['DNS outage ate two days', 'Ana'],
      ['Disk alerts fire at 80%', ''],
      ['CPU alert flaps nightly', 'Bo'],
      ['Nobody voted for this card', ''],
      [expect.stringContaining('img'), ''],
    ]);
  });
});
