import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/**
 * An acceptance recorded elsewhere (a sync pulled it in, another window) while the Outcomes panel is open: the
 * comment field shows it, and a judgement pressed here does not write the old, empty comment back over it.
 */
describe('an acceptance comment saved elsewhere', () => {
  it('shows in a comment field not typed into, and a judgement pressed here keeps it', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    const slotId = review.slots[0]!.id;
    await backend.api.recordDemoAcceptance({
      teamId: seeded.id,
      reviewId: review.id,
      slotId,
      accepted: null,
      comment: 'Needs the runbook link first',
    });
    // The screen learns of it as after a sync that pulled commits: the open team is read again.
    await act(() => useAppStore.getState().selectTeam(seeded.id));

    expect(screen.getByLabelText('Comment on Speed up CI')).toHaveValue('Needs the runbook link first');
    await user.click(
      within(screen.getByRole('region', { name: 'Outcomes' })).getByRole('button', { name: 'Accepted' }),
    );
    await screen.findByRole('button', { name: 'Accepted', pressed: true });
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]?.acceptance).toMatchObject({
      accepted: true,
      comment: 'Needs the runbook link first',
    });
  });

  it('keeps a comment being typed when another arrives, and saves what was typed', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const review = useAppStore.getState().team!.reviews[0]!;
    const field = screen.getByLabelText('Comment on Speed up CI');
    await user.type(field, 'Ship it');
    await backend.api.recordDemoAcceptance({
      teamId: seeded.id,
      reviewId: review.id,
      slotId: review.slots[0]!.id,
      accepted: null,
      comment: 'From the other window',
    });
    await act(() => useAppStore.getState().selectTeam(seeded.id));
    expect(field).toHaveValue('Ship it');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    await screen.findByText('Comment on “Speed up CI” saved.');
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]?.acceptance.comment).toBe('Ship it');
  });
});
