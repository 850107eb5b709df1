import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

describe('review presenter mode and outcomes', () => {
  it('presents one slot at a time with the goal on top, moves by keyboard and leaves with Escape', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.type(screen.getByLabelText('Free slot title'), 'Runbook changes');
    await user.click(screen.getByRole('button', { name: 'Add free slot' }));
    await screen.findByRole('heading', { name: 'Runbook changes', level: 3 }, { timeout: 5_000 });
    const agenda = screen.getByRole('list', { name: 'Demo agenda in running order' });
    await user.click(within(agenda).getByRole('button', { name: /^1\. Speed up CI/ }));

    await user.keyboard('p');
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    expect(within(presenter).getByText('Faster deploys')).toBeInTheDocument();
    expect(within(presenter).getByRole('heading', { name: 'Speed up CI' })).toBeInTheDocument();
    expect(within(presenter).getByText('Slot 1 of 2 · presented by Ana Ops')).toBeInTheDocument();
    expect(within(presenter).getByRole('timer')).toHaveTextContent(/^[45]:\d\d/);

    fireEvent.keyDown(presenter, { key: 'ArrowRight' });
    expect(within(presenter).getByRole('heading', { name: 'Runbook changes' })).toBeInTheDocument();
    fireEvent.keyDown(presenter, { key: 'ArrowRight' });
    expect(within(presenter).getByText(/^Slot 2 of 2/)).toBeInTheDocument();
    fireEvent.keyDown(presenter, { key: 'ArrowLeft' });
    expect(within(presenter).getByRole('heading', { name: 'Speed up CI' })).toBeInTheDocument();

    within(presenter).getByRole('button', { name: 'Exit presenter mode' }).focus();
    await user.tab();
    expect(presenter).toContainElement(document.activeElement as HTMLElement);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(presenter).getByRole('button', { name: 'Exit presenter mode' }));

    fireEvent.keyDown(presenter, { key: 't' });
    expect(within(presenter).getByRole('timer')).toHaveTextContent('paused');
    fireEvent.keyDown(presenter, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Presenter mode' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Start presenter mode' })).toHaveFocus());
  });

  it('the slot timer counts down from timestamps and shows overrun', async () => {
    const user = userEvent.setup();
    await openReview();
    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    await user.click(screen.getByRole('button', { name: 'Start presenter mode' }));
    const presenter = await screen.findByRole('dialog', { name: 'Presenter mode' });
    now.mockReturnValue(start + 6 * 60_000 + 5_000);
    // The next tick shows the overrun; waiting for it (not for a fixed time) is the signal.
    await waitFor(() => expect(within(presenter).getByRole('timer')).toHaveTextContent('+1:05over of 5 min'));
    now.mockRestore();
  });

  it('records acceptance, goal outcome, and turns feedback into a linked backlog item in one step', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.type(screen.getByLabelText('Comment on Speed up CI'), 'Great result');
    const group = screen.getByRole('group', { name: 'Speed up CI' });
    await user.click(within(group).getByRole('button', { name: 'Accepted' }));
    await waitFor(() =>
      expect(within(group).getByRole('button', { name: 'Accepted' })).toHaveAttribute('aria-pressed', 'true'),
    );
    await user.click(screen.getByRole('radio', { name: 'Met' }));
    await user.type(screen.getByLabelText('In one sentence'), 'Deploys take 6 minutes now.');
    await user.click(screen.getByRole('button', { name: 'Save goal outcome' }));
    await screen.findByText('Sprint goal outcome saved.');

    await user.type(screen.getByLabelText('Feedback', { exact: true }), 'Cache the Docker layers too');
    await user.type(screen.getByLabelText('From'), 'Lee');
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    await user.click(
      await screen.findByRole('button', { name: 'Make backlog item from “Cache the Docker layers too”' }),
    );
    await screen.findByText('Made into backlog item “Cache the Docker layers too”');

    const t = await backend.api.getTeam({ teamId: seeded.id });
    const review = t.reviews[0];
    expect(review?.slots[0]?.acceptance).toEqual({ accepted: true, comment: 'Great result' });
    expect(review?.goalOutcome).toEqual({ status: 'met', sentence: 'Deploys take 6 minutes now.' });
    const made = t.items.find((i) => i.title === 'Cache the Docker layers too');
    expect(made?.description).toContain(`review ${review?.id}`);
    expect(review?.feedback[0]?.itemId).toBe(made?.id);
  });

  it('shows an api refusal in the form and changes nothing', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Add feedback' }));
    expect(await screen.findByText('Feedback cannot be empty.')).toBeInTheDocument();
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.feedback).toEqual([]);
  });
});
