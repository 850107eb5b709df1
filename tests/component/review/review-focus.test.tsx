import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { openReview } from './review-helpers';

describe('review: the focus after starting and deleting a review', () => {
  it('goes to Start presenter mode once the review exists, and to the Start button once it is deleted', async () => {
    const user = userEvent.setup();
    // openReview presses "Start review of Sprint 7" and waits for the agenda.
    await openReview();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start presenter mode' })).toHaveFocus());

    screen.getByRole('button', { name: 'Delete review' }).focus();
    await user.keyboard('{Enter}');
    const ask = await screen.findByRole('dialog');
    within(ask).getByRole('button', { name: 'Delete review' }).focus();
    await user.keyboard('{Enter}');
    const start = await screen.findByRole('button', { name: 'Start review of Sprint 7' });
    await waitFor(() => expect(start).toHaveFocus());
  });
});
