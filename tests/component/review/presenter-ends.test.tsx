import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('presenter mode at the first and the last slot', () => {
  it('keeps the focus on Next slot and Previous slot at the ends, which say they do nothing there', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });
    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    const presenter = within(await screen.findByRole('dialog', { name: 'Presenter mode' }));

    const next = presenter.getByRole('button', { name: 'Next slot' });
    await user.click(next);
    expect(presenter.getByText(/^Slot 2 of 2/)).toBeInTheDocument();
    // The last slot: Next slot stays where the focus is, marked as doing nothing, and does nothing.
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.click(next);
    expect(presenter.getByText(/^Slot 2 of 2/)).toBeInTheDocument();

    const previous = presenter.getByRole('button', { name: 'Previous slot' });
    await user.click(previous);
    expect(presenter.getByText(/^Slot 1 of 2/)).toBeInTheDocument();
    expect(previous).toHaveFocus();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).not.toHaveAttribute('aria-disabled');
  });
});
