import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

const question = () => screen.findByRole('dialog', { name: 'Discard your changes to the team name?' });

describe('Cancel rename and Escape with a new name typed', () => {
  it.each([
    [
      'Cancel rename',
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole('button', { name: 'Cancel rename' })),
    ],
    ['Escape', async (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])('%s asks first; Keep editing keeps the name typed, Discard changes keeps the old name', async (_, leave) => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'Rename Ops' }));
    const field = await screen.findByLabelText('New team name');
    await user.type(field, ' East');

    await leave(user);
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('New team name')).toHaveValue('Ops East');

    await leave(user);
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Ops' })).toHaveFocus());
    expect(screen.queryByLabelText('New team name')).toBeNull();
    expect(backend.store.snapshot().teams[0]?.name).toBe('Ops');
  });

  it('closes at once when the name is as it was', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await user.click(await screen.findByRole('button', { name: 'Rename Ops' }));
    await screen.findByLabelText('New team name');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Ops' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
