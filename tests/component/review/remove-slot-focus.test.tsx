import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** Removes the slot shown by keyboard: it goes at once (its message offers Undo). */
async function removeShownSlot(user: ReturnType<typeof userEvent.setup>) {
  screen.getByRole('button', { name: 'Remove slot' }).focus();
  await user.keyboard('{Enter}');
}

describe('review: the focus after removing a slot', () => {
  it('goes to the agenda entry of the slot now shown, not to the next slot’s Remove slot button', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Pager rota changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await within(agenda).findByRole('button', { name: /^2\. Pager rota changes/ });
    await user.click(within(agenda).getByRole('button', { name: /^1\. Speed up CI/ }));

    await removeShownSlot(user);
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });
    const entry = within(agenda).getByRole('button', { name: /^1\. Pager rota changes/ });
    await waitFor(() => expect(entry).toHaveFocus());
    // A second look a moment later: nothing took the focus back to the destructive button.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(entry).toHaveFocus();
  });

  it('shows the next slot after the one removed (the one before it at the end), its agenda entry focused', async () => {
    const user = userEvent.setup();
    await openReview();
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    for (const [at, title] of [
      [2, 'Pager rota changes'],
      [3, 'Alert tuning'],
    ] as const) {
      await user.type(screen.getByLabelText('Free slot title'), title);
      await user.click(screen.getByRole('button', { name: 'Add free slot' }));
      await within(agenda).findByRole('button', { name: new RegExp(`^${at}\\. ${title}`) });
    }
    await user.click(within(agenda).getByRole('button', { name: /^2\. Pager rota changes/ }));
    await screen.findByRole('heading', { name: 'Pager rota changes', level: 3 });

    await removeShownSlot(user);
    await screen.findByRole('heading', { name: 'Alert tuning', level: 3 });
    const next = within(agenda).getByRole('button', { name: /^2\. Alert tuning/ });
    await waitFor(() => expect(next).toHaveFocus());

    // The last slot removed: the one before it is shown.
    await removeShownSlot(user);
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });
    const before = within(agenda).getByRole('button', { name: /^1\. Speed up CI/ });
    await waitFor(() => expect(before).toHaveFocus());
  });

  it('goes to the agenda heading once the last slot is removed', async () => {
    const user = userEvent.setup();
    await openReview();
    // Starting the review takes the focus to Start presenter mode a moment later; Enter must not land there.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start presenter mode' })).toHaveFocus());
    await removeShownSlot(user);
    await screen.findByText("The agenda is empty. Add slots for the sprint's completed items below, or a free slot.");
    await waitFor(() => expect(screen.getByRole('heading', { name: /^Demo agenda/ })).toHaveFocus());
  });
});
