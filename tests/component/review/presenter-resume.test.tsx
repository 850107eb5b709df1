import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('presenter mode left and entered again', () => {
  it('goes on from the slot it showed, its timer keeping the time already run', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });

    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    let presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    fireEvent.keyDown(presenter, { key: 'ArrowRight' });
    expect(within(presenter).getByText(/^Slot 2 of 2/)).toBeInTheDocument();
    // Two minutes into the second demo, the facilitator leaves to record an outcome.
    now.mockReturnValue(start + 2 * 60_000);
    fireEvent.keyDown(presenter, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());

    // Ten minutes later (outside presenter mode) they come back to it.
    now.mockReturnValue(start + 12 * 60_000);
    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByRole('heading', { name: 'Runbook changes' })).toBeInTheDocument();
    expect(within(presenter).getByText(/^Slot 2 of 2/)).toBeInTheDocument();
    expect(within(presenter).getByRole('timer')).toHaveTextContent(/^3:00left of 5 min$/);
    now.mockRestore();
  });
});
