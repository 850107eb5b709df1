import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * The editor shows the item as it was when opened. A change made meanwhile elsewhere (a teammate's sync
 * pulled in, the board in another window) must survive a save that did not touch those fields.
 */
let teamId = '';
let itemId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  itemId = (await api.createItem({ teamId, item: itemFields('Tune alerts') })).id;
  await api.createItem({ teamId, item: itemFields('Rotate keys') });
}

describe('an item edited while it changed elsewhere', () => {
  it('is saved with only the fields changed in the editor', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });

    // Meanwhile the item is estimated, labelled and started elsewhere, and the screen learns of it.
    await backend.api.updateItem({ teamId, itemId, changes: { points: 5, labels: ['dns'], status: 'in_progress' } });
    await act(() => useAppStore.getState().selectTeam(teamId));

    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const saved = backend.store.snapshot().teams[0]?.items[0];
    expect(saved).toMatchObject({ title: 'Tune disk alerts', points: 5, labels: ['dns'], status: 'in_progress' });
  });

  it('deleted meanwhile: closing its editor hands the focus to the row that took its place', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });

    await backend.api.deleteItem({ teamId, itemId });
    await act(() => useAppStore.getState().selectTeam(teamId));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Rotate keys' })).toHaveFocus());
  });
});
