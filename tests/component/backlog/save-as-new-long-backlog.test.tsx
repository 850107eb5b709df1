import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * "Save as a new item" appends the item at the bottom of the backlog: in a long backlog that row is far below the
 * rows drawn, and the focus must still reach it (the list brings it into view), not fall to the main region.
 */
let teamId = '';
let itemId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  itemId = (await api.createItem({ teamId, item: itemFields('Tune alerts') })).id;
  for (let n = 1; n <= 40; n++) await api.createItem({ teamId, item: itemFields(`Chore ${n}`) });
}

describe('"Save as a new item" in a long backlog', { timeout: 60_000 }, () => {
  it('brings the new row into view and puts the focus on its Edit button', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    // Deleted by another window while the editor is open.
    await backend.api.deleteItem({ teamId, itemId });
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Save as a new item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(backend.store.snapshot().teams[0]?.items.at(-1)?.title).toBe('Tune disk alerts');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune disk alerts' })).toHaveFocus());
  });
});
