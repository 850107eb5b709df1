import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { retroToCsv } from '../../../src/domain/retro/export/csv';
import { retroToMarkdown } from '../../../src/domain/retro/export/markdown';
import type { OpenActionEntry } from '../../../src/domain/retro/carry-over';
import type { RetroAction } from '../../../src/domain/retro/schema';
import { ctx, sampleRetro } from './export-fixture';

const runbook: RetroAction = {
  id: 'old-2',
  text: 'Write DNS failover runbook',
  ownerId: null,
  dueDate: null,
  type: 'process',
  ticketKey: '',
  sourceId: null,
  status: 'done',
  // Carried over twice (by Sprint 6.5's retro and by this one), then marked done by Sprint 8's: it came into this
  // retro carried over once.
  reviews: [
    { retroId: 'r-6-5', outcome: 'carried', at: '2026-11-06T10:00:00.000Z' },
    { retroId: 'r-7', outcome: 'carried', at: '2026-11-20T10:00:00.000Z' },
    { retroId: 'r-8', outcome: 'done', at: '2026-12-04T10:00:00.000Z' },
  ],
  createdAt: '2026-10-23T10:00:00.000Z',
};

const openActions: OpenActionEntry[] = [
  {
    retroId: 'r-6',
    retroTitle: 'Retro — Sprint 6',
    action: runbook,
    outcome: 'carried',
    laterDecision: { retroTitle: 'Retro — Sprint 8', outcome: 'done' },
    timesCarried: 1,
  },
];

describe('an earlier retro’s action in the CSV', () => {
  it('says how often it was carried over and what a later retro decided, as the Markdown does', () => {
    const md = retroToMarkdown(sampleRetro(), { ...ctx, openActions });
    expect(md).toContain('carried 1×) — from: Retro — Sprint 6; later, Retro — Sprint 8 marked it done');

    const csv = retroToCsv(sampleRetro(), { ...ctx, openActions });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.filter((r) => r.Kind === 'earlier action')).toEqual([
      expect.objectContaining({
        Text: 'Write DNS failover runbook',
        Status: 'carried',
        From: 'Retro — Sprint 6',
        'Times carried': '1',
        'Later decision': 'Retro — Sprint 8 marked it done',
      }),
    ]);
  });

  it('gives 0 times carried and no later decision for an action no retro has carried or decided since', () => {
    const fresh: OpenActionEntry = {
      ...openActions[0]!,
      action: { ...runbook, status: 'open', reviews: [] },
      outcome: null,
      laterDecision: null,
      timesCarried: 0,
    };
    const csv = retroToCsv(sampleRetro(), { ...ctx, openActions: [fresh] });
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.find((r) => r.Kind === 'earlier action')).toMatchObject({
      Status: 'not reviewed',
      'Times carried': '0',
      'Later decision': '',
    });
  });
});
