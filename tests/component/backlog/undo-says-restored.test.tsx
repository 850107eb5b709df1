import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title) ?? [];

async function seedTeam({ api }: InProcessApi) {
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  for (const title of ['Keep', 'Oops', 'Later']) await api.createItem({ teamId, item: itemFields(title) });
}

/**
 * An undone delete puts the row back, maybe off screen: the notification says it worked, politely, and the
 * focus stays where it was.
 */
describe('undo of a delete', { timeout: 30_000 }, () => {
  it('says the item is restored after Ctrl+Z, the focus kept on its row', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seedTeam);
    await user.click(await screen.findByRole('button', { name: 'Delete Oops' }));
    const next = screen.getByRole('button', { name: 'Edit Later' });
    await waitFor(() => expect(next).toHaveFocus());
    await screen.findByRole('button', { name: 'Undo delete' });

    await user.keyboard('{Control>}z{/Control}');

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    const said = await within(notifications).findByText('Restored “Oops”.');
    expect(said.closest('[aria-live="polite"]')).not.toBeNull();
    expect(titles(backend)).toEqual(['Keep', 'Oops', 'Later']);
    expect(screen.getByRole('button', { name: 'Edit Later' })).toHaveFocus();
  });

  it('says the item is restored after the Undo button, the focus back where it came from', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seedTeam);
    await user.click(await screen.findByRole('button', { name: 'Delete Oops' }));
    await user.click(await screen.findByRole('button', { name: 'Undo delete' }));

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notifications).findByText('Restored “Oops”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Later' })).toHaveFocus();
  });
});
