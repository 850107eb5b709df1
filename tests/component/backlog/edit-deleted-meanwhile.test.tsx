import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * The item being edited is deleted elsewhere (another window, a sync, the room). The edits must not be lost
 * with nowhere to save them: the editor says what happened and offers to save them as a new item.
 */
let teamId = '';
let itemId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  itemId = (await api.createItem({ teamId, item: itemFields('Tune alerts', { labels: ['monitoring'] }) })).id;
  await api.createItem({ teamId, item: itemFields('Rotate keys') });
}

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title);

describe('an item deleted elsewhere while its editor is open', () => {
  it('on Save, says so and keeps the edits, which "Save as a new item" saves', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    // Deleted by another window: this screen has not heard of it yet.
    await backend.api.deleteItem({ teamId, itemId });

    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Tune disk alerts');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^“Tune alerts” was deleted elsewhere .* Your edits are still here/,
    );
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Tune disk alerts');
    const saveAsNew = within(dialog).getByRole('button', { name: 'Save as a new item' });
    expect(saveAsNew).toHaveFocus();
    await user.click(saveAsNew);

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles(backend)).toEqual(['Rotate keys', 'Tune disk alerts']);
    expect(
      await screen.findByText('Saved “Tune disk alerts” as a new item at the bottom of the backlog.'),
    ).toBeInTheDocument();
    expect(backend.store.snapshot().teams[0]?.items[1]?.labels).toEqual(['monitoring']);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune disk alerts' })).toHaveFocus());
  });

  it('says so as soon as the screen learns of the deletion, before Save is pressed', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await backend.api.deleteItem({ teamId, itemId });
    await act(() => useAppStore.getState().selectTeam(teamId));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/was deleted elsewhere/);
    expect(within(dialog).queryByRole('button', { name: 'Save item' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save as a new item' }));
    await waitFor(() => expect(titles(backend)).toEqual(['Rotate keys', 'Tune alerts']));
  });
});
