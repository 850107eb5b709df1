import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderRetro, type Seeded } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const button = (name: string) => screen.getByRole('button', { name });

function withActions(...texts: string[]) {
  return async (x: Omit<Seeded, 'team' | 'retro'>) => {
    for (const text of texts) {
      await x.backend.api.addRetroAction({
        teamId: x.teamId,
        retroId: x.retroId,
        action: { text, ownerId: x.members.ana, dueDate: null, type: 'prevent', ticketKey: 'OPS-1', sourceId: null },
      });
    }
  };
}

describe('actions phase: the focus while editing and deleting actions', () => {
  it('moves into the form when editing starts, and back to the Edit button after Escape, Cancel or Save', async () => {
    const s = await renderRetro('actions', { prepare: withActions('Raise thresholds', 'Page less') });
    const user = userEvent.setup();
    const edit = await screen.findByRole('button', { name: 'Edit action Raise thresholds' });

    edit.focus();
    await user.keyboard('{Enter}');
    const field = () => within(button('Save action').closest('form')!).getByLabelText('Action');
    await waitFor(() => expect(field()).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(button('Edit action Raise thresholds')).toHaveFocus());

    await user.keyboard('{Enter}');
    await waitFor(() => expect(field()).toHaveFocus());
    button('Cancel').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button('Edit action Raise thresholds')).toHaveFocus());

    await user.keyboard('{Enter}');
    await waitFor(() => expect(field()).toHaveFocus());
    await user.type(field(), ' to 90%{Enter}');
    await waitFor(() => expect(s.retro().actions[0]?.text).toBe('Raise thresholds to 90%'));
    await waitFor(() => expect(button('Edit action Raise thresholds to 90%')).toHaveFocus());
  });

  it('asks before deleting an action, then hands the focus to the next action, the one before, or Add action', async () => {
    const s = await renderRetro('actions', { prepare: withActions('First', 'Second', 'Third') });
    const user = userEvent.setup();
    await screen.findByText(/^3 action items\./);

    // Cancel keeps the action and gives the focus back to its Delete button.
    (await screen.findByRole('button', { name: 'Delete action Second' })).focus();
    await user.keyboard('{Enter}');
    const ask = await screen.findByRole('dialog', { name: 'Delete the action “Second”?' });
    expect(within(ask).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button('Delete action Second')).toHaveFocus();
    expect(s.retro().actions).toHaveLength(3);

    const remove = async (text: string) => {
      button(`Delete action ${text}`).focus();
      await user.keyboard('{Enter}');
      const dialog = await screen.findByRole('dialog', { name: `Delete the action “${text}”?` });
      within(dialog).getByRole('button', { name: 'Delete action' }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(s.retro().actions.map((a) => a.text)).not.toContain(text));
    };
    await remove('Second');
    await waitFor(() => expect(button('Edit action Third')).toHaveFocus());
    await remove('Third');
    await waitFor(() => expect(button('Edit action First')).toHaveFocus());
    expect(screen.getByText(/^1 action item\./)).toBeInTheDocument();
    await remove('First');
    await waitFor(() => expect(button('Add action')).toHaveFocus());
  });
});
