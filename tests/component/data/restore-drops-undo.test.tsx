import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { takeSafetyBackup } from '../../../src/services/data-backup-service';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title) ?? [];

/**
 * A restore or a workspace import replaces every team: an Undo offered for a change made before it would act on
 * data that is no longer the data it changed.
 */
describe('offers to undo after the whole workspace is replaced', { timeout: 30_000 }, () => {
  it('takes away the Undo of a delete made before a restore', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', async (b) => {
      const teamId = (await b.api.createTeam({ name: 'Ops' })).id;
      for (const title of ['Keep', 'Scratch']) await b.api.createItem({ teamId, item: itemFields(title) });
    });
    await backend.store.flush();
    await takeSafetyBackup(backend.ctx, '');
    await user.click(await screen.findByRole('button', { name: 'Delete Scratch' }));
    await screen.findByRole('button', { name: 'Undo delete' });

    await user.click(screen.getByRole('link', { name: /Data & backups/ }));
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await user.click(within(table).getAllByRole('button', { name: /^Restore the backup from / })[0]!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(/^Restored the backup from /);

    expect(titles(backend)).toEqual(['Keep', 'Scratch']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo delete' })).not.toBeInTheDocument());
  });
});
