import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * The item edited is deleted elsewhere, so the editor offers "Save as a new item"; then another window undoes
 * the delete, which this window is not told. Saving must not make a second copy of the item.
 */
let teamId = '';
let itemId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  itemId = (await api.createItem({ teamId, item: itemFields('Tune alerts') })).id;
  await api.createItem({ teamId, item: itemFields('Rotate keys') });
}

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title);

async function editTitle(dialog: HTMLElement, text: string) {
  const user = userEvent.setup();
  const title = within(dialog).getByLabelText('Title');
  await user.clear(title);
  await user.type(title, text);
}

describe('an item deleted elsewhere and brought back by Undo in another window', () => {
  it('"Save as a new item" saves the edits to the item that is back, not to a copy', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await backend.api.deleteItem({ teamId, itemId });
    await editTitle(dialog, 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    const saveAsNew = await within(dialog).findByRole('button', { name: 'Save as a new item' });

    await backend.api.restoreItem({ teamId, itemId });
    await user.click(saveAsNew);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles(backend)).toEqual(['Tune disk alerts', 'Rotate keys']);
    expect(backend.store.snapshot().teams[0]?.items[0]?.id).toBe(itemId);
    expect(await screen.findByText(/“Tune disk alerts” is back in the backlog/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune disk alerts' })).toHaveFocus());
  });

  it('shows the item back in its place when this screen had heard of the deletion', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await backend.api.deleteItem({ teamId, itemId });
    await act(() => useAppStore.getState().selectTeam(teamId));
    const saveAsNew = await within(dialog).findByRole('button', { name: 'Save as a new item' });
    await editTitle(dialog, 'Tune disk alerts');

    await backend.api.restoreItem({ teamId, itemId });
    await user.click(saveAsNew);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles(backend)).toEqual(['Tune disk alerts', 'Rotate keys']);
    const rows = screen.getAllByRole('button', { name: /^Edit / }).map((b) => b.getAttribute('aria-label'));
    expect(rows).toEqual(['Edit Tune disk alerts', 'Edit Rotate keys']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune disk alerts' })).toHaveFocus());
  });
});
