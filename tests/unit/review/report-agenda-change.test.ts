import { describe, expect, it } from 'vitest';
import { reportToHtml } from '../../../src/domain/review/report-html';
import { reportToMarkdown } from '../../../src/domain/review/report-markdown';
import { fixture } from './report-fixture';

/** A slot whose demo shows a fall in throughput (worse) and a rise in cache hits (better). */
function agendaWithMetrics() {
  const slot = fixture().model.slots[0]!.slot;
  const blocks = [
    {
      kind: 'metric' as const,
      id: 'down',
      name: 'Throughput',
      unit: 'req/s',
      better: 'higher' as const,
      before: 10,
      after: 4,
    },
    {
      kind: 'metric' as const,
      id: 'hits',
      name: 'Cache hits',
      unit: '%',
      better: 'higher' as const,
      before: 2,
      after: 3,
    },
  ];
  return fixture({ slots: [{ ...slot, blocks }] }).model;
}

describe("the report's demo agenda", () => {
  it('gives each metric its change and verdict in Markdown, as the Demo metrics table does', () => {
    const md = reportToMarkdown(agendaWithMetrics());
    const agenda = md.slice(md.indexOf('## Demo agenda'));
    expect(agenda).toContain('- **Throughput**: 10 req/s → 4 req/s, −60% (worse)');
    expect(agenda).toContain('- **Cache hits**: 2 % → 3 %, +1.0 pp (better)');
  });

  it('gives each metric its change and verdict in HTML, coloured by the verdict', () => {
    const html = reportToHtml(agendaWithMetrics());
    const agenda = html.slice(html.indexOf('<h2>Demo agenda</h2>'));
    expect(agenda).toContain('<p class="worse">−60% (worse)</p>');
    expect(agenda).toContain('<p class="better">+1.0 pp (better)</p>');
  });
});
