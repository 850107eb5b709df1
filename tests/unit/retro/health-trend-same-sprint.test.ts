import { describe, expect, it } from 'vitest';
import { healthTrend } from '../../../src/domain/retro/health';
import type { HealthCheck } from '../../../src/domain/retro/schema';

const scored = (score: number) => ({ onCallLoad: score, alertNoise: score, toil: score, deployConfidence: score });
const check = (id: string, sprintId: string | null, retroId: string, recordedAt: string, score: number) =>
  ({ id, sprintId, retroId, recordedAt, scores: scored(score) }) satisfies HealthCheck;

const sprints = [
  { id: 's7', name: 'Sprint 7', startDate: '2026-11-02' },
  { id: 's8', name: 'Sprint 8', startDate: '2026-11-16' },
];

describe('the health trend with two health checks for one sprint', () => {
  it('names each by its retro, so the rows can be told apart', () => {
    const rows = healthTrend(
      [
        check('a', 's7', 'retro-a', '2026-11-13T15:00:00.000Z', 3),
        check('b', 's7', 'retro-b', '2026-11-14T09:00:00.000Z', 2),
        check('c', 's8', 'retro-c', '2026-11-27T15:00:00.000Z', 4),
      ],
      sprints,
      [
        { id: 'retro-a', title: 'Retro — Sprint 7' },
        { id: 'retro-b', title: 'Pager storm follow-up' },
        { id: 'retro-c', title: 'Retro — Sprint 8' },
      ],
    );
    expect(rows.map((r) => r.label)).toEqual([
      'Sprint 7 (Retro — Sprint 7)',
      'Sprint 7 (Pager storm follow-up)',
      'Sprint 8',
    ]);
  });

  it('numbers them in the order taken when their retros have one title too', () => {
    const rows = healthTrend(
      [
        check('b', 's7', 'retro-b', '2026-11-14T09:00:00.000Z', 2),
        check('a', 's7', 'retro-a', '2026-11-13T15:00:00.000Z', 3),
      ],
      sprints,
      [
        { id: 'retro-a', title: 'Retro' },
        { id: 'retro-b', title: 'Retro' },
      ],
    );
    expect(rows.map((r) => [r.label, r.scores.toil])).toEqual([
      ['Sprint 7 (Retro, 1 of 2)', 3],
      ['Sprint 7 (Retro, 2 of 2)', 2],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });
});
