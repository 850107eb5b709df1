import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * A Definition of Ready entry removed while an item's editor is open (another window, a sync): its checkbox goes
 * from the editor, so a tick of it the editor still held could not be unticked, and the api refused every save.
 */
const ENTRIES = [
  { id: 'dor-runbook', text: 'Runbook linked', rule: null },
  { id: 'dor-owner', text: 'Owner agreed', rule: null },
];

let teamId = '';
let itemId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  await api.updateTeamSettings({ teamId, settings: { definitionOfReady: ENTRIES } });
  itemId = (await api.createItem({ teamId, item: itemFields('Patch hosts') })).id;
}

/** The runbook entry is removed elsewhere, and this window hears of it. */
async function removeRunbookElsewhere(backend: InProcessApi) {
  await backend.api.updateTeamSettings({ teamId, settings: { definitionOfReady: [ENTRIES[1]!] } });
  await act(() => useAppStore.getState().selectTeam(teamId));
}

const stored = (backend: InProcessApi) => backend.store.snapshot().teams[0]!.items.find((i) => i.id === itemId)!;

describe('item editor: a Definition of Ready entry removed while it is open', () => {
  it('a tick given in the editor to the entry removed is dropped, said so, and the item saves', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Patch hosts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Patch hosts' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Runbook linked' }));

    await removeRunbookElsewhere(backend);
    expect(within(dialog).queryByRole('checkbox', { name: 'Runbook linked' })).toBeNull();
    expect(dialog).toHaveTextContent(
      'A ticked entry was removed from the team’s Definition of Ready meanwhile: its tick is not saved.',
    );

    await user.click(within(dialog).getByRole('checkbox', { name: 'Owner agreed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend).readyChecks).toEqual(['dor-owner']);
  });

  it('a new item ticked for the entry removed is created without that tick', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Rotate keys');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Runbook linked' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Owner agreed' }));

    await removeRunbookElsewhere(backend);
    expect(dialog).toHaveTextContent('A ticked entry was removed from the team’s Definition of Ready meanwhile');
    await user.click(within(dialog).getByRole('button', { name: 'Create item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const created = backend.store.snapshot().teams[0]!.items.find((i) => i.title === 'Rotate keys');
    expect(created?.readyChecks).toEqual(['dor-owner']);
  });

  it('a tick the item held, unticked elsewhere before the entry went, does not hold the save back', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async (b) => {
      await seed(b);
      await b.api.updateItem({ teamId, itemId, changes: { readyChecks: ['dor-runbook'] } });
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Patch hosts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Patch hosts' });
    expect(within(dialog).getByRole('checkbox', { name: 'Runbook linked' })).toBeChecked();

    // Another window unticks it, then the team removes the entry.
    await backend.api.updateItem({ teamId, itemId, changes: { readyChecks: [] } });
    await removeRunbookElsewhere(backend);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Owner agreed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend).readyChecks).toEqual(['dor-owner']);
  });

  it('a title fix leaves a stored tick of the removed entry alone (the change touches only the title)', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async (b) => {
      await seed(b);
      await b.api.updateItem({ teamId, itemId, changes: { readyChecks: ['dor-runbook', 'dor-owner'] } });
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Patch hosts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Patch hosts' });
    await removeRunbookElsewhere(backend);

    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Patch all hosts');
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stored(backend)).toMatchObject({ title: 'Patch all hosts', readyChecks: ['dor-runbook', 'dor-owner'] });
  });
});
