import { describe, expect, it } from 'vitest';
import { healthTrend } from '../../../src/domain/retro/health';
import type { HealthCheck } from '../../../src/domain/retro/schema';

const scored = (score: number) => ({ onCallLoad: score, alertNoise: score, toil: score, deployConfidence: score });
const check = (id: string, sprintId: string | null, recordedAt: string, score: number): HealthCheck => ({
  id,
  sprintId,
  retroId: `retro-${id}`,
  recordedAt,
  scores: scored(score),
});

describe('the health trend', () => {
  it('places a check from a retro with no sprint by when it was taken, among the sprints’ checks', () => {
    const sprints = [
      { id: 's1', name: 'S1', startDate: '2026-11-02' },
      { id: 's2', name: 'S2', startDate: '2026-11-16' },
    ];
    const retros = [{ id: 'retro-kick', title: 'Team kick-off' }];
    const rows = healthTrend(
      [
        check('s2', 's2', '2026-11-27T15:00:00.000Z', 4),
        check('kick', null, '2026-10-20T10:00:00.000Z', 1),
        check('s1', 's1', '2026-11-13T15:00:00.000Z', 3),
      ],
      sprints,
      retros,
    );
    expect(rows.map((r) => [r.label, r.scores.onCallLoad, r.change.onCallLoad])).toEqual([
      ['Team kick-off', 1, 0],
      ['S1', 3, 2],
      ['S2', 4, 1],
    ]);
  });

  it('places a check whose sprint was deleted by when it was taken too', () => {
    const sprints = [{ id: 's2', name: 'S2', startDate: '2026-11-16' }];
    const rows = healthTrend(
      [check('s2', 's2', '2026-11-27T15:00:00.000Z', 4), check('old', null, '2026-11-13T15:00:00.000Z', 2)],
      sprints,
      [{ id: 'retro-old', title: 'S1 retro' }],
    );
    expect(rows.map((r) => r.label)).toEqual(['S1 retro', 'S2']);
  });
});
