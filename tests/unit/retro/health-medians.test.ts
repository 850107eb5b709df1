import { describe, expect, it } from 'vitest';
import { medianScores } from '../../../src/domain/retro/health';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToHtml } from '../../../src/domain/retro/export/html';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { HealthCheck, HealthScores } from '../../../src/domain/retro/schema';
import { ctx, sampleRetro } from './export-fixture';

const all = (score: number | null): HealthScores => ({
  onCallLoad: score,
  alertNoise: score,
  toil: score,
  deployConfidence: score,
});

describe('the team’s health medians from phones', () => {
  it('takes the median of four scores, halves up', () => {
    expect(medianScores([all(1), all(2), all(4), all(5)])).toEqual(all(3));
    expect(medianScores([all(1), all(2), all(3), all(4)])).toEqual(all(3));
  });

  it('scores a dimension only where at least three people scored it', () => {
    expect(medianScores([all(2)])).toEqual(all(null));
    expect(medianScores([all(1), all(5)])).toEqual(all(null));
    expect(medianScores([all(1), all(5), { ...all(4), toil: null }])).toEqual({ ...all(4), toil: null });
  });
});

describe('a retro’s exports of a check from too few answers', () => {
  const check: HealthCheck = {
    id: 'h1',
    sprintId: null,
    retroId: 'r1',
    recordedAt: '2026-11-20T10:00:00.000Z',
    scores: all(null),
    answers: 2,
  };
  const why = '2 people answered on their phones. A median shows only where at least 3 people scored';

  it('says why the scores are missing, in Markdown, HTML and CSV', () => {
    expect(retroToMarkdown(sampleRetro(), ctx, check)).toContain(why);
    expect(retroToHtml(sampleRetro(), ctx, check)).toContain(why);
    expect(retroToCsv(sampleRetro(), ctx, check)).toContain(why);
  });

  it('says nothing of the kind for scores entered on the screen', () => {
    const entered: HealthCheck = { ...check, scores: { ...all(3), toil: null }, answers: undefined };
    expect(retroToMarkdown(sampleRetro(), ctx, entered)).not.toContain('A median shows only');
  });
});
