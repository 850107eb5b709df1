import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { HealthCheck } from '../../../src/domain/retro/schema';
import { ctx, sampleRetro } from './export-fixture';

const rows = (csv: string) => {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

const health: HealthCheck = {
  id: 'h1',
  sprintId: null,
  retroId: 'r1',
  recordedAt: '2026-11-20T10:00:00.000Z',
  scores: { onCallLoad: 2, alertNoise: 4, toil: null, deployConfidence: 5 },
};

describe('CSV export carries what the Markdown and HTML exports carry', () => {
  it('has the discussion notes, on the topic they were taken on, without counting its votes twice', () => {
    const r = sampleRetro();
    const markdown = retroToMarkdown(r, ctx);
    expect(markdown).toContain('Raise thresholds to 90% and page only on rate of change.');
    expect(rows(retroToCsv(r, ctx)).filter((row) => row.Kind === 'note')).toEqual([
      expect.objectContaining({
        Column: 'Alerts',
        Group: 'Noisy alerts',
        Text: 'Raise thresholds to 90% and page only on rate of change.',
        Votes: '',
      }),
    ]);
  });

  it('keeps the lines of a note typed over several lines', () => {
    const r = sampleRetro();
    r.notes = [{ targetId: r.cards[2]!.id, notes: 'Page less.\nTune the DNS TTL.' }];
    expect(rows(retroToCsv(r, ctx)).find((row) => row.Kind === 'note')).toMatchObject({
      Column: 'Interrupts',
      Group: '',
      Text: 'Page less.\nTune the DNS TTL.',
    });
  });

  it("has the team's health scores when they were taken, one row per dimension", () => {
    const data = rows(retroToCsv(sampleRetro(), ctx, health));
    expect(data.filter((row) => row.Kind === 'health').map((row) => [row.Type, row.Text])).toEqual([
      ['On-call load', '2'],
      ['Alert noise', '4'],
      ['Toil', ''],
      ['Deploy confidence', '5'],
    ]);
    expect(rows(retroToCsv(sampleRetro(), ctx)).some((row) => row.Kind === 'health')).toBe(false);
  });
});
