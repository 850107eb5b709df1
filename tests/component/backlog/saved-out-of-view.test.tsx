import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

/**
 * An item saved where the list does not show it (marked done while done items are hidden, edited or created so
 * the filter no longer matches it) does not just vanish from the shared screen: a notification says where it went
 * and how to see it.
 */

async function seed({ api }: InProcessApi) {
  const team = await api.createTeam({ name: 'Ops' });
  for (const title of ['Patch kernels', 'Tune alerts']) {
    await api.createItem({ teamId: team.id, item: itemFields(title, { labels: ['security'] }) });
  }
}

async function save(dialog: HTMLElement, button: string) {
  await userEvent.setup().click(within(dialog).getByRole('button', { name: button }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('an item saved out of the list’s view', () => {
  it('marked done, says it left the list and how to see it', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Done');
    await save(dialog, 'Save item');
    expect(
      await screen.findByText(
        '“Tune alerts” is done, so it leaves the backlog list. Tick “Show done items” to see it.',
      ),
    ).toBeInTheDocument();
  });

  it('no longer matching the filter, says the filter hides it', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.selectOptions(await screen.findByLabelText('Label'), 'security');
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await user.clear(within(dialog).getByLabelText('Labels'));
    await save(dialog, 'Save item');
    expect(
      await screen.findByText(
        '“Tune alerts” no longer matches the filter, so the list hides it. Clear the filter to see it.',
      ),
    ).toBeInTheDocument();
  });

  it('created outside the filter, says it was added and that the filter hides it', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.selectOptions(await screen.findByLabelText('Label'), 'security');
    await user.click(screen.getByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Renew certificates');
    await save(dialog, 'Create item');
    expect(
      await screen.findByText(
        'Added “Renew certificates” to the backlog. It does not match the filter, so the list hides it. Clear the filter to see it.',
      ),
    ).toBeInTheDocument();
  });

  it('created done, says it was added and that done items are hidden', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'New item' }));
    const dialog = await screen.findByRole('dialog', { name: 'New item' });
    await user.type(within(dialog).getByLabelText('Title'), 'Renew certificates');
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'Done');
    await save(dialog, 'Create item');
    expect(
      await screen.findByText(
        'Added “Renew certificates” to the backlog. It is done, so the list hides it. Tick “Show done items” to see it.',
      ),
    ).toBeInTheDocument();
  });

  it('still shown, says nothing more than before', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await user.type(within(dialog).getByLabelText('Title'), ' now');
    await save(dialog, 'Save item');
    await screen.findByRole('button', { name: 'Edit Tune alerts now' });
    expect(screen.queryByText(/leaves the backlog list|hides it/)).toBeNull();
  });
});
