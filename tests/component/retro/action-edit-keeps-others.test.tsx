import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('editing an action while another window (or a sync) changes it', () => {
  it('saves what was changed here and keeps the owner and due date set elsewhere', async () => {
    const s = await renderRetro('actions', {
      prepare: async (x) => {
        await x.backend.api.addRetroAction({
          teamId: x.teamId,
          retroId: x.retroId,
          action: {
            text: 'Raise thresholds',
            ownerId: x.members.ana,
            dueDate: '2026-11-20',
            type: 'prevent',
            ticketKey: '',
            sourceId: null,
          },
        });
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit action Raise thresholds' }, { timeout: 20_000 }));
    const form = screen.getByRole('button', { name: 'Save action' }).closest('form')!;
    await user.type(within(form).getByLabelText('Action'), ' to 90%');

    // Meanwhile Bo takes the action over, with a later due date, in another window.
    const actionId = s.retro().actions[0]!.id;
    await s.backend.api.updateRetroAction({
      teamId: s.teamId,
      retroId: s.retroId,
      actionId,
      changes: { ownerId: s.members.bo, dueDate: '2026-12-04' },
    });
    await act(() => useAppStore.getState().loadTeams());

    await user.click(within(form).getByRole('button', { name: 'Save action' }));
    await waitFor(() => expect(s.retro().actions[0]!.text).toBe('Raise thresholds to 90%'));
    expect(s.retro().actions[0]).toMatchObject({ ownerId: s.members.bo, dueDate: '2026-12-04' });
    expect(await screen.findByText(/^Bo · due /)).toBeInTheDocument();
  });
});
