import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/** Saving an edit that takes the row out of the view (marked done, filtered out) keeps the focus on the screen. */

async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const title of ['Patch kernels', 'Tune alerts', 'Rotate keys']) {
    await api.createItem({ teamId: team.id, item: itemFields(title, { labels: ['security'] }) });
  }
}

async function editAndSave(title: string, change: (dialog: HTMLElement) => Promise<void>) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: `Edit ${title}` }));
  const dialog = await screen.findByRole('dialog', { name: `Edit ${title}` });
  await change(dialog);
  await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('focus after saving an item that leaves the view', () => {
  it('goes to the next row when the item is marked done (done items are hidden)', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await editAndSave('Tune alerts', (dialog) => user.selectOptions(within(dialog).getByLabelText('Status'), 'Done'));
    expect(screen.queryByRole('button', { name: 'Edit Tune alerts' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Rotate keys' })).toHaveFocus());
  });

  it('goes to the row before when the last row shown no longer matches the filter', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.selectOptions(await screen.findByLabelText('Label'), 'security');
    await editAndSave('Rotate keys', async (dialog) => {
      await user.clear(within(dialog).getByLabelText('Labels'));
    });
    expect(await screen.findByText('Showing 2 of 3 items')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune alerts' })).toHaveFocus());
  });

  it('stays on the row’s Edit button when the row is still shown', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await editAndSave('Tune alerts', async (dialog) => {
      await user.type(within(dialog).getByLabelText('Title'), ' now');
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune alerts now' })).toHaveFocus());
  });
});
