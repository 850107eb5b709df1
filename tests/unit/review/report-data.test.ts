import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { REPORT_CSV_HEADER, reportToCsv } from '../../../src/domain/review/report-csv';
import { REPORT_EXPORT_FORMAT, reportToJson } from '../../../src/domain/review/report-json';
import { UTF8_BOM } from '../../../src/domain/shared/csv';
import { fixture, XSS } from './report-fixture';

/** The CSV read back as a spreadsheet would: one object per row, by header. */
function rowsOf(csv: string): Record<string, string>[] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(UTF8_BOM.length), { header: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...REPORT_CSV_HEADER]);
  return parsed.data;
}

describe('sprint report as CSV', () => {
  it('has a row per figure, metric, verdict, piece of feedback and demo, kind first', () => {
    const rows = rowsOf(reportToCsv(fixture().model));
    const of = (kind: string) => rows.filter((r) => r.Kind === kind);
    expect(of('goal')).toEqual([
      expect.objectContaining({
        Name: `Cut p95 latency ${XSS}`,
        Verdict: 'Partially met',
        Comment: `Latency down, ${XSS}`,
      }),
    ]);
    expect(Object.fromEntries(of('figure').map((r) => [r.Name, r.Points]))).toEqual({
      Committed: '13',
      'Completed (planned)': '8',
      'Completed (unplanned)': '3',
      'Buffer reserved': '4',
      'Buffer used': '3',
    });
    expect(of('metric')).toEqual([
      expect.objectContaining({
        Name: `p95 latency ${XSS}`,
        Before: '420 ms',
        After: '180 ms',
        Change: '-57.1%',
        Verdict: 'better',
        Item: 'Add Redis cache',
      }),
    ]);
    expect(of('accepted').map((r) => [r.Name, r.Comment])).toEqual([['Add Redis cache', `Great ${XSS}`]]);
    expect(of('not accepted').map((r) => [r.Name, r.Comment])).toEqual([['Page storm', 'Needs docs']]);
    expect(of('feedback')).toEqual([
      expect.objectContaining({
        Name: `Show hit ratio ${XSS}`,
        From: 'Product',
        Item: 'Dashboards for cache hit ratio',
      }),
    ]);
    expect(of('demo').map((r) => [r.Name, r.Presenter, r.Minutes])).toEqual([
      ['Add Redis cache', 'Ana', expect.stringMatching(/^\d+$/)],
      ['Page storm', '', expect.stringMatching(/^\d+$/)],
    ]);
    // While the sprint runs nothing has carried over.
    expect(of('carried over')).toEqual([]);
  });

  it('lists what carried over once the sprint is closed', () => {
    const rows = rowsOf(reportToCsv(fixture({}, true).model));
    expect(rows.filter((r) => r.Kind === 'carried over').map((r) => [r.Name, r.Points])).toEqual([
      [`Rotate certs ${XSS}`, '5'],
    ]);
  });

  it("writes a fall in the Change column with ASCII's minus, so a spreadsheet reads it as a number like a rise", () => {
    const slot = fixture().model.slots[0]!.slot;
    const metric = { kind: 'metric' as const, name: 'Throughput', unit: 'req/s', better: 'higher' as const };
    const blocks = [
      { ...metric, id: 'up', before: 10, after: 15 },
      { ...metric, id: 'down', before: 10, after: 4 },
    ];
    const { model } = fixture({ slots: [{ ...slot, blocks }] });
    const changes = rowsOf(reportToCsv(model)).filter((r) => r.Kind === 'metric');
    expect(changes.map((r) => [r.Change, r.Verdict])).toEqual([
      ['+50%', 'better'],
      ['-60%', 'worse'],
    ]);
  });

  it('shows a cell that starts like a formula as text, never runs it', () => {
    const { model } = fixture();
    const csv = reportToCsv({
      ...model,
      feedback: [{ text: '=HYPERLINK("http://x")', from: '@ops', itemTitle: null, itemDeleted: false }],
    });
    const feedback = rowsOf(csv).find((r) => r.Kind === 'feedback');
    expect(feedback?.Name).toBe(`'=HYPERLINK("http://x")`);
    expect(feedback?.From).toBe(`'@ops`);
  });
});

describe('sprint report as JSON', () => {
  it('carries every section as data, figures as numbers and the demos with their blocks', () => {
    const { model, review } = fixture({}, true);
    const file = JSON.parse(reportToJson(model, '2026-11-13T18:00:00.000Z')) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: REPORT_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-11-13T18:00:00.000Z',
      team: 'Platform',
      sprint: 'Sprint 42',
      goal: `Cut p95 latency ${XSS}`,
      goalOutcome: { status: 'partially_met', sentence: `Latency down, ${XSS}` },
      figures: {
        committedPoints: 13,
        completedPlannedPoints: 8,
        completedUnplannedPoints: 3,
        bufferReservedPoints: 4,
        bufferUsedPoints: 3,
      },
      carriedOver: [expect.objectContaining({ title: `Rotate certs ${XSS}`, points: 5 })],
      metrics: [{ name: `p95 latency ${XSS}`, before: 420, after: 180, verdict: 'better', unit: 'ms' }],
      accepted: [{ title: 'Add Redis cache', comment: `Great ${XSS}` }],
      notAccepted: [{ title: 'Page storm', comment: 'Needs docs' }],
      feedback: [{ text: `Show hit ratio ${XSS}`, from: 'Product', itemTitle: 'Dashboards for cache hit ratio' }],
    });
    expect((file.completedItems as { title: string }[]).map((i) => i.title).sort()).toEqual([
      'Add Redis cache',
      'Page storm',
    ]);
    const demos = file.demos as { title: string; presenter: string | null; blocks: unknown[] }[];
    expect(demos.map((d) => [d.title, d.presenter])).toEqual([
      ['Add Redis cache', 'Ana'],
      ['Page storm', null],
    ]);
    expect(demos[0]?.blocks).toEqual(review.slots[0]?.blocks);
  });

  it("gives each metric's change as the screen words it: a % metric's in points", () => {
    const { model } = fixture({
      slots: [
        {
          id: 's1',
          title: 'Errors',
          itemId: null,
          presenterId: null,
          timeboxMinutes: 5,
          acceptance: { accepted: null, comment: '' },
          blocks: [
            { id: 'm1', kind: 'metric', name: 'Error rate', unit: '%', before: 2, after: 3, better: 'lower' },
            { id: 'm2', kind: 'metric', name: 'p95', unit: 'ms', before: 420, after: 180, better: 'lower' },
          ],
        },
      ],
    });
    const file = JSON.parse(reportToJson(model, '2026-11-13T18:00:00.000Z')) as { metrics: unknown[] };
    expect(file.metrics).toEqual([
      expect.objectContaining({ name: 'Error rate', change: 1, changeText: '+1.0 pp', verdict: 'worse' }),
      expect.objectContaining({ name: 'p95', change: -240, percent: -57.1, changeText: '−57.1%', verdict: 'better' }),
    ]);
  });

  it('says nothing has carried over while the sprint runs', () => {
    const file = JSON.parse(reportToJson(fixture().model, '2026-11-10T09:00:00.000Z')) as { carriedOver: unknown };
    expect(file.carriedOver).toBeNull();
  });
});
