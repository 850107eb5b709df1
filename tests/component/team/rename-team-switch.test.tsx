import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('renaming a team, then opening another', () => {
  it('the name typed for one team is never offered to (or saved on) the team opened next', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
      await api.createTeam({ name: 'Network' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    await user.click(screen.getByRole('button', { name: 'Rename Ops' }));
    const field = await screen.findByLabelText('New team name');
    await user.clear(field);
    await user.type(field, 'Ops East');

    await user.click(screen.getByRole('button', { name: 'Open Network' }));
    await screen.findByRole('heading', { name: 'Members of Network' });
    // Network's own Rename, not a form holding the name meant for Ops under Network's name.
    expect(screen.queryByLabelText('New team name')).toBeNull();
    expect(screen.getByRole('button', { name: 'Rename Network' })).toBeInTheDocument();

    // Back on Ops, what was typed for it is still there to save.
    await user.click(screen.getByRole('button', { name: 'Open Ops' }));
    await screen.findByRole('heading', { name: 'Members of Ops' });
    expect(screen.getByLabelText('New team name')).toHaveValue('Ops East');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Ops East', 'Network']));
  });
});
