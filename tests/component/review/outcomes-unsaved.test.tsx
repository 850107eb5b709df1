import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { openReview } from './review-helpers';

vi.setConfig({ testTimeout: 30_000 });

/** What a scrum master typed into the Outcomes panel and did not save yet is not dropped by a switch of screen. */
describe('outcomes typed and not saved, when the screen changes', () => {
  it('asks before dropping an acceptance comment: Keep editing keeps it to save; once saved, the switch goes on', async () => {
    const user = userEvent.setup();
    const { backend, seeded } = await openReview();
    const comment = screen.getByLabelText('Comment on Speed up CI');
    await user.type(comment, 'Accepted once the runbook is linked');

    act(() => useAppStore.getState().navigate('backlog'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the comment on “Speed up CI”?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('review');
    expect(screen.getByLabelText('Comment on Speed up CI')).toHaveValue('Accepted once the runbook is linked');

    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    await waitFor(() =>
      expect(useAppStore.getState().team?.reviews[0]?.slots[0]?.acceptance.comment).toBe(
        'Accepted once the runbook is linked',
      ),
    );
    const t = await backend.api.getTeam({ teamId: seeded.id });
    expect(t.reviews[0]?.slots[0]?.acceptance.comment).toBe('Accepted once the runbook is linked');
    act(() => useAppStore.getState().navigate('backlog'));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks before dropping a goal outcome picked and not saved', async () => {
    const user = userEvent.setup();
    await openReview();
    await user.click(screen.getByRole('radio', { name: 'Met' }));
    await user.type(screen.getByLabelText('In one sentence'), 'Deploys take 6 minutes');

    act(() => useAppStore.getState().navigate('backlog'));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the sprint goal outcome?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().screen).toBe('backlog'));
  });
});
