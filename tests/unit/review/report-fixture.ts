import { buildReportModel } from '../../../src/domain/review/report-model';
import { ReviewSchema, type Review } from '../../../src/domain/review/schema';
import { item, member, sprint } from '../../helpers/fixtures';

/** A sprint report with every section filled, user text carrying markup; closed, its unfinished item carried over. */
export const XSS = '<img src=x onerror=alert(1)>';
export const PNG = 'data:image/png;base64,iVBORw0KGgo=';

export function fixture(overrides: Partial<Review> = {}, closed = false) {
  const ana = member('Ana');
  const s = sprint({
    name: 'Sprint 42',
    goal: `Cut p95 latency ${XSS}`,
    startDate: '2026-11-02',
    endDate: '2026-11-13',
    state: 'active',
    commitment: {
      at: '2026-11-02T09:00:00.000Z',
      items: [],
      committedPoints: 13,
      personDays: 20,
      pointsPerPersonDay: 1,
      forecastPoints: 20,
      bufferPercent: 20,
      bufferPoints: 4,
      plannablePoints: 16,
    },
  });
  const cache = item('Add Redis cache', { sprintId: s.id, status: 'done', points: 8, ownerId: ana.id });
  const page = item('Page storm', { sprintId: s.id, status: 'done', points: 3, unplanned: true });
  const open = item(`Rotate certs ${XSS}`, { sprintId: s.id, status: 'in_progress', points: 5 });
  const fromFeedback = item('Dashboards for cache hit ratio');
  const review = ReviewSchema.parse({
    id: 'review-1',
    sprintId: s.id,
    createdAt: '2026-11-13T10:00:00.000Z',
    updatedAt: '2026-11-13T10:00:00.000Z',
    goalOutcome: { status: 'partially_met', sentence: `Latency down, ${XSS}` },
    feedback: [
      {
        id: 'f1',
        text: `Show hit ratio ${XSS}`,
        from: 'Product',
        at: '2026-11-13T10:05:00.000Z',
        itemId: fromFeedback.id,
      },
    ],
    slots: [
      {
        id: 's1',
        title: 'Add Redis cache',
        itemId: cache.id,
        presenterId: ana.id,
        acceptance: { accepted: true, comment: `Great ${XSS}` },
        blocks: [
          {
            id: 'b1',
            kind: 'metric',
            name: `p95 latency ${XSS}`,
            unit: 'ms',
            before: 420,
            after: 180,
            better: 'lower',
          },
          { id: 'b2', kind: 'cli', title: 'Check', steps: [{ command: `redis-cli ping ${XSS}`, output: 'PONG' }] },
          { id: 'b3', kind: 'diagram', title: 'Flow', source: 'mermaid', mermaid: 'graph TD; A-->B' },
          { id: 'b4', kind: 'diagram', title: 'Photo', source: 'image', image: { name: 'board.png', dataUrl: PNG } },
          {
            id: 'b5',
            kind: 'monitors',
            monitors: [
              { name: 'CacheDown', condition: `up == 0 ${XSS}`, severity: 'critical', runbook: 'https://wiki/run' },
            ],
          },
          { id: 'b6', kind: 'notes', markdown: `See **PR** ${XSS}` },
        ],
      },
      { id: 's2', title: 'Page storm', itemId: page.id, acceptance: { accepted: false, comment: 'Needs docs' } },
    ],
    ...overrides,
  });
  const result = {
    closedAt: '2026-11-13T17:00:00.000Z',
    committedPoints: 13,
    completedPlannedPoints: 8,
    completedUnplannedPoints: 3,
    incompleteItemIds: [open.id],
    incompleteTo: 'backlog' as const,
    bufferReservedPoints: 4,
    bufferUsedPoints: 3,
    personDays: 20,
  };
  const model = buildReportModel({
    teamName: 'Platform',
    sprint: closed ? { ...s, state: 'closed', result } : s,
    // Closing moved the unfinished item back to the backlog.
    items: [cache, page, closed ? { ...open, sprintId: null } : open, fromFeedback],
    members: [ana],
    review,
    settings: { standardDayHours: 6, startingPointsPerPersonDay: 1 },
  });
  return { model, review };
}
