import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/**
 * An entry typed into a Definition of Ready or Done and not added yet is not dropped by a switch of screen without
 * a question, like the Team screen's other forms; a switch of team keeps it for its team.
 */
async function teamScreen() {
  await renderApp('team', async ({ api }) => {
    await api.createTeam({ name: 'Ops' });
    await api.createTeam({ name: 'Network' });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
}

const leave = () => act(() => useAppStore.getState().navigate('backlog'));
const doneField = () => screen.getByLabelText('New Definition of Done entry');

describe('a Definition entry typed and not added, and a switch of screen', () => {
  it('asks; Keep editing keeps the text and the focus, Discard changes leaves', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(doneField(), 'Runbook updated');

    leave();
    const question = await screen.findByRole('dialog', {
      name: 'Discard your changes to the new Definition of Done entry?',
    });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('team');
    expect(doneField()).toHaveValue('Runbook updated');
    await waitFor(() => expect(doneField()).toHaveFocus());

    leave();
    const again = await screen.findByRole('dialog', {
      name: 'Discard your changes to the new Definition of Done entry?',
    });
    await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
    expect(useAppStore.getState().screen).toBe('backlog');
  });

  it('asks about an entry typed for a team not open, naming it', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('New Definition of Ready entry'), 'Has an owner');
    await user.click(screen.getByRole('button', { name: 'Open Network' }));
    await screen.findByRole('heading', { name: 'Members of Network' });

    leave();
    expect(
      await screen.findByRole('dialog', { name: 'Discard your changes to the new Definition of Ready entry for Ops?' }),
    ).toBeInTheDocument();
  });

  it('leaves at once when the field holds only spaces, or the entry was added', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(doneField(), 'Runbook updated');
    await user.click(
      within(screen.getByRole('region', { name: 'Definition of Done' })).getByRole('button', { name: 'Add entry' }),
    );
    await waitFor(() => expect(doneField()).toHaveValue(''));
    await user.type(screen.getByLabelText('New Definition of Ready entry'), '   ');

    leave();
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();
  });
});
