import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

async function seedTeam({ api }: InProcessApi) {
  const teamId = (await api.createTeam({ name: 'Ops' })).id;
  for (const title of ['Keep', 'Oops', 'Later']) await api.createItem({ teamId, item: itemFields(title) });
  await api.createItem({ teamId, item: itemFields('Retired', { status: 'done' }) });
}

/**
 * An undone delete whose item the list does not show as it is filtered now says why and how to see it, as a save
 * does: "Restored" over a list without the row would read as if the undo had not worked.
 */
describe('undo of a delete the list then hides', { timeout: 30_000 }, () => {
  it('says the filter hides the restored item', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seedTeam);
    await user.click(await screen.findByRole('button', { name: 'Delete Oops' }));
    const undo = await screen.findByRole('button', { name: 'Undo delete' });
    // Looking for it by another word meanwhile.
    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'Keep');
    expect(await screen.findByText('Showing 1 of 2 items')).toBeInTheDocument();

    await user.click(undo);

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(
      await within(notifications).findByText(
        'Restored “Oops”. It does not match the filter, so the list hides it. Clear the filter to see it.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Showing 1 of 3 items')).toBeInTheDocument();
  });

  it('says a restored done item is hidden with the done items', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seedTeam);
    await user.click(await screen.findByRole('checkbox', { name: 'Show done items (1)' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Retired' }));
    const undo = await screen.findByRole('button', { name: 'Undo delete' });
    await user.click(screen.getByRole('checkbox', { name: 'Show done items (0)' }));

    await user.click(undo);

    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(
      await within(notifications).findByText(
        'Restored “Retired”. It is done, so the list hides it. Tick “Show done items” to see it.',
      ),
    ).toBeInTheDocument();
  });
});
