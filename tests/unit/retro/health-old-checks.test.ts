import { describe, expect, it } from 'vitest';
import { healthTrend, healthWithheldNote } from '../../../src/domain/retro/health';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToJson } from '../../../src/domain/retro/export/json';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { HealthCheck, HealthScores } from '../../../src/domain/retro/schema';
import { ctx, sampleRetro } from './export-fixture';

const all = (score: number | null): HealthScores => ({
  onCallLoad: score,
  alertNoise: score,
  toil: score,
  deployConfidence: score,
});

/** A check two phones answered, stored before the 3-answer rule: it still holds their medians. */
const stored: HealthCheck = {
  id: 'h-old',
  sprintId: null,
  retroId: 'r1',
  recordedAt: '2026-10-30T14:30:00.000Z',
  scores: { onCallLoad: 2, alertNoise: 4, toil: 1, deployConfidence: 5 },
  answers: 2,
};
const why = '2 people answered on their phones. A median shows only where at least 3 people scored';

describe('a health check stored from fewer than 3 phones’ answers before the rule', () => {
  it('shows no median in the trend, and says why', () => {
    const later: HealthCheck = {
      ...stored,
      id: 'h-new',
      retroId: 'r2',
      recordedAt: '2026-11-13T14:00:00.000Z',
      scores: all(3),
      answers: undefined,
    };
    const rows = healthTrend([stored, later], [], [{ id: 'r1', title: 'Retro — Sprint 6' }]);
    expect(rows[0]!.scores).toEqual(all(null));
    // No change is counted from a withheld score either.
    expect(rows[1]!.change).toEqual(all(0));
    expect(healthWithheldNote(stored)).toContain(why);
  });

  it('exports no median in Markdown, HTML, CSV or JSON, with the note the screen shows', () => {
    const markdown = retroToMarkdown(sampleRetro(), ctx, stored);
    expect(markdown).toContain('- Toil: Not scored');
    expect(markdown).not.toMatch(/Toil: 1/);
    expect(markdown).toContain(why);
    const html = retroToHtml(sampleRetro(), ctx, stored);
    expect(html).toContain('<li>Toil: Not scored</li>');
    expect(html).toContain(why);
    const csv = retroToCsv(sampleRetro(), ctx, stored);
    const toil = csv.split(/\r?\n/).find((l) => l.startsWith('health,') && l.includes(',Toil,'));
    expect(toil?.split(',')[3]).toBe('');
    expect(csv).toContain(why);
    const json = JSON.parse(retroToJson(sampleRetro(), stored, '2026-12-01T00:00:00.000Z', () => 'Someone'));
    expect(json.healthCheck.scores).toEqual(all(null));
    expect(json.healthCheck.answers).toBe(2);
  });

  it('keeps the stored check as it was, and scores entered on the screen as they are', () => {
    retroToMarkdown(sampleRetro(), ctx, stored);
    healthTrend([stored], [], []);
    expect(stored.scores).toEqual({ onCallLoad: 2, alertNoise: 4, toil: 1, deployConfidence: 5 });
    const entered: HealthCheck = { ...stored, answers: undefined };
    expect(healthTrend([entered], [], [])[0]!.scores).toEqual(entered.scores);
    const three: HealthCheck = { ...stored, answers: 3 };
    expect(retroToMarkdown(sampleRetro(), ctx, three)).toContain('- Toil: 1 / 5');
  });
});
