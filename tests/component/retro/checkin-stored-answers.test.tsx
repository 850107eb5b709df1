import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { HealthScores } from '../../../src/domain/retro/schema';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const all = (n: number): HealthScores => ({ onCallLoad: n, alertNoise: n, toil: n, deployConfidence: n });

describe('health scores saved on the screen after the room closed', () => {
  it('asks before replacing the answers phones gave, keeps them on Cancel, and replaces them once agreed', async () => {
    const s = await renderRetro('checkin', {
      prepare: async (x) => {
        await x.backend.api.updateRetroDetails({
          teamId: x.teamId,
          retroId: x.retroId,
          checkIn: { mode: 'health', question: '' },
        });
        // Three phones answered this check-in; the room has been closed since, so the screen holds no room.
        await x.backend.store.mutate({ teamId: x.teamId }, (d) => {
          d.teams
            .find((t) => t.id === x.teamId)!
            .healthChecks.push({
              id: 'h-phones',
              sprintId: null,
              retroId: x.retroId,
              recordedAt: '2026-11-13T14:30:00.000Z',
              scores: all(2),
              answers: 3,
            });
        });
      },
    });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('On-call load score', {}, { timeout: 15000 }), '5');
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace the phones’ answers?' });
    expect(dialog).toHaveTextContent('3 people have answered on their phones');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(s.team().healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }))).toEqual([
      { answers: 3, scores: all(2) },
    ]);
    // The medians stay off the shared screen while the check-in is open.
    expect(screen.queryByRole('row', { name: /Sprint 7/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    await user.click(await screen.findByRole('button', { name: 'Replace their answers' }));
    await waitFor(() =>
      expect(s.team().healthChecks.map((c) => ({ answers: c.answers, scores: c.scores }))).toEqual([
        { answers: undefined, scores: { onCallLoad: 5, alertNoise: null, toil: null, deployConfidence: null } },
      ]),
    );
    expect(await screen.findByText('Health scores saved for this sprint.')).toBeInTheDocument();
  });
});
