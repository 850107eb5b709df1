import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('adding a member whose name is only a zero-width space', () => {
  it('marks the Name field as empty and adds nobody', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    const name = screen.getByLabelText('Name');
    await user.type(name, '\u200b');
    await user.click(screen.getByRole('button', { name: 'Add member' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription('Name cannot be empty.'));
    expect(backend.store.snapshot().teams[0]!.members).toEqual([]);
  });
});
