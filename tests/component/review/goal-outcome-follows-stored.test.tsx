import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A sprint goal outcome recorded elsewhere (a sync pulled it in, another window) while the Outcomes panel is open:
 * the form shows it while nothing was changed here, and keeps what the scrum master typed otherwise.
 */
describe('a sprint goal outcome saved elsewhere', () => {
  it('shows in a form not touched, and a switch of screen does not ask about changes not made', async () => {
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    await backend.api.setReviewGoalOutcome({
      teamId: seeded.id,
      reviewId: review.id,
      status: 'partially_met',
      sentence: 'Deploys take 9 minutes, not 6',
    });
    // The screen learns of it as after a sync that pulled commits: the open team is read again.
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    expect(screen.getByRole('radio', { name: 'Partially met' })).toBeChecked();
    expect(screen.getByLabelText('In one sentence')).toHaveValue('Deploys take 9 minutes, not 6');
    act(() => useAppStore.getState().navigate('backlog'));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps an outcome being typed when another arrives, and saves what was typed', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    await user.click(screen.getByRole('radio', { name: 'Met' }));
    await user.type(screen.getByLabelText('In one sentence'), 'Deploys take 6 minutes');
    await backend.api.setReviewGoalOutcome({
      teamId: seeded.id,
      reviewId: review.id,
      status: 'not_met',
      sentence: 'From the other window',
    });
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    expect(screen.getByRole('radio', { name: 'Met' })).toBeChecked();
    expect(screen.getByLabelText('In one sentence')).toHaveValue('Deploys take 6 minutes');
    await user.click(screen.getByRole('button', { name: 'Save goal outcome' }));
    await screen.findByText('Sprint goal outcome saved.');
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.goalOutcome).toEqual({ status: 'met', sentence: 'Deploys take 6 minutes' });
  });
});
