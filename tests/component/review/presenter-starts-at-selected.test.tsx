import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

async function addFreeSlot(user: ReturnType<typeof userEvent.setup>, title: string) {
  await user.type(screen.getByLabelText('Free slot title'), title);
  await user.click(screen.getByRole('button', { name: 'Add free slot' }));
  await screen.findByRole('heading', { name: title, level: 3 });
}

describe('presenter mode started from the agenda', () => {
  it('starts at the slot selected in the agenda, its timer running', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFreeSlot(user, 'Runbook changes');
    await addFreeSlot(user, 'Pager rota');
    await user.click(screen.getByRole('button', { name: /Runbook changes/, pressed: false }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 });

    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByRole('heading', { name: 'Runbook changes' })).toBeInTheDocument();
    expect(within(presenter).getByText(/^Slot 2 of 3/)).toBeInTheDocument();
    expect(within(presenter).getByRole('button', { name: 'Pause timer' })).toBeInTheDocument();
  });

  it('goes on from where it was left, and the agenda shows that slot when it closes', async () => {
    const user = userEvent.setup();
    await openReview();
    await addFreeSlot(user, 'Runbook changes');
    await user.click(screen.getByRole('button', { name: /Speed up CI/, pressed: false }));
    await screen.findByRole('heading', { name: 'Speed up CI', level: 3 });

    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    let presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByText(/^Slot 1 of 2/)).toBeInTheDocument();
    fireEvent.keyDown(presenter, { key: 'ArrowRight' });
    fireEvent.keyDown(presenter, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Runbook changes', level: 3 })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByText(/^Slot 2 of 2/)).toBeInTheDocument();
  });
});
