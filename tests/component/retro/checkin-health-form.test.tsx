import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import type { HealthScores } from '../../../src/domain/retro/schema';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const all = (n: number): HealthScores => ({ onCallLoad: n, alertNoise: n, toil: n, deployConfidence: n });

const healthCheckIn = (x: Omit<Seeded, 'team' | 'retro'>) =>
  x.backend.api
    .updateRetroDetails({ teamId: x.teamId, retroId: x.retroId, checkIn: { mode: 'health', question: '' } })
    .then(() => undefined);

/** Scores saved elsewhere (another window, a sync pulled in): the screen reads the open team again. */
async function savedElsewhere(s: Seeded, scores: HealthScores) {
  await s.backend.api.recordHealthCheck({ teamId: s.teamId, retroId: s.retroId, scores });
  await act(() => useAppStore.getState().selectTeam(s.teamId));
}

describe('the health-check form', () => {
  it('refuses to save with nothing scored, says why, and adds no row to the trend', async () => {
    const s = await renderRetro('checkin', { prepare: healthCheckIn });
    const user = userEvent.setup();
    await screen.findByLabelText('On-call load score', {}, { timeout: 15000 });
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    expect(await screen.findByText(/Score at least one dimension/)).toBeInTheDocument();
    expect(s.team().healthChecks).toEqual([]);
    expect(screen.getByText('No scores recorded yet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('On-call load score')).toHaveFocus());
  });

  it('refuses an empty check through the api too', async () => {
    const s = await renderRetro('checkin', { prepare: healthCheckIn });
    const envelope = await s.backend.call('recordHealthCheck', {
      teamId: s.teamId,
      retroId: s.retroId,
      scores: { onCallLoad: null, alertNoise: null, toil: null, deployConfidence: null },
    });
    expect(envelope).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at least one/) } });
    expect(s.team().healthChecks).toEqual([]);
  });

  it('shows scores saved in another window while the form is untouched, and keeps what was picked', async () => {
    const s = await renderRetro('checkin', { prepare: healthCheckIn });
    const user = userEvent.setup();
    const onCall = await screen.findByLabelText('On-call load score', {}, { timeout: 15000 });
    expect(onCall).toHaveValue('');

    await savedElsewhere(s, all(3));
    await waitFor(() => expect(screen.getByLabelText('On-call load score')).toHaveValue('3'));
    expect(screen.getByLabelText('Toil score')).toHaveValue('3');

    // Once someone picks a score, a later save elsewhere does not overwrite the form.
    await user.selectOptions(screen.getByLabelText('Toil score'), '5');
    await savedElsewhere(s, all(4));
    await waitFor(() => expect(screen.getAllByRole('row', { name: /Sprint 7/ })[0]).toHaveTextContent('4'));
    expect(screen.getByLabelText('Toil score')).toHaveValue('5');
    expect(screen.getByLabelText('On-call load score')).toHaveValue('3');

    // Saved, the form follows the stored scores again.
    await user.click(screen.getByRole('button', { name: 'Save health scores' }));
    await waitFor(() => expect(s.team().healthChecks[0]?.scores.toil).toBe(5));
    await savedElsewhere(s, all(2));
    await waitFor(() => expect(screen.getByLabelText('Toil score')).toHaveValue('2'));
  });
});
