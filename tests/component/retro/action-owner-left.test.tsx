import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('actions phase: the owner kept for the next action has left the team', () => {
  it('adds the next action as the form shows it, unassigned, without a refusal', async () => {
    const s = await renderRetro('actions');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Action'), 'Raise thresholds');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Bo');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(s.retro().actions[0]?.ownerId).toBe(s.members.bo));
    // The owner stays picked for the next action; meanwhile Bo is removed from the team in another window.
    expect(screen.getByLabelText('Owner')).toHaveDisplayValue('Bo');
    await s.backend.api.removeMember({ teamId: s.teamId, memberId: s.members.bo });
    await act(() => useAppStore.getState().loadTeams());
    await waitFor(() => expect(screen.getByLabelText('Owner')).toHaveDisplayValue('Unassigned'));

    await user.type(screen.getByLabelText('Action'), 'Page less');
    await user.click(screen.getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(s.retro().actions).toHaveLength(2));
    expect(s.retro().actions[1]).toMatchObject({ text: 'Page less', ownerId: null });
    expect(screen.queryByText(/not a member/)).toBeNull();
  });
});
