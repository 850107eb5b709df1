import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const STORED = { onCallLoad: 2, alertNoise: 4, toil: 1, deployConfidence: 5 };

describe('check-in phase: a health check stored from two phones before the 3-answer rule', () => {
  it('shows no median in the trend, says why, and leaves the stored check as it was', async () => {
    const s = await renderRetro('checkin', {
      prepare: async (x) => {
        const earlier = await x.backend.api.createRetro({
          teamId: x.teamId,
          kind: 'retro',
          title: 'Retro — Sprint 6',
          sprintId: null,
          templateId: 'mad-sad-glad',
          incident: null,
        });
        await x.backend.api.setRetroPhase({ teamId: x.teamId, retroId: earlier.id, phase: 'write' });
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          d.teams
            .find((t) => t.id === x.teamId)!
            .healthChecks.push({
              id: 'h-old',
              sprintId: null,
              retroId: earlier.id,
              recordedAt: '2026-10-30T14:30:00.000Z',
              scores: STORED,
              answers: 2,
            });
        });
      },
    });
    const row = await screen.findByRole('row', { name: /Sprint 6/ }, { timeout: 15_000 });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Not scored', 'Not scored', 'Not scored', 'Not scored']);
    expect(
      screen.getByText(
        'Retro — Sprint 6: 2 people answered on their phones. A median shows only where at least 3 people scored, so nobody’s own scores can be seen.',
      ),
    ).toBeInTheDocument();
    expect(s.team().healthChecks[0]!.scores).toEqual(STORED);
  });
});
