import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 40_000 });

/**
 * A backups folder that cannot be listed (its permissions changed, a network share gone) is said in the Backups
 * panel itself, where the list would be, not left reading "Loading backups…" for ever; Refresh list asks again,
 * and the list shows once the folder can be read.
 */
describe('Backups: a list that cannot be read', () => {
  it('says why in place of the list, and shows the list once Refresh list reads it', async () => {
    let refuse = true;
    const backend = await renderApp('data', async (b) => {
      const list = b.store.backups.list.bind(b.store.backups);
      const folder = b.store.backups.folder;
      Object.assign(b.store.backups, {
        list: () =>
          refuse
            ? Promise.reject(
                Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), {
                  code: 'EACCES',
                  syscall: 'scandir',
                  path: folder,
                }),
              )
            : list(),
      });
    });
    const panel = await screen.findByRole('region', { name: 'Backups' });
    const folder = backend.store.backups.folder;
    expect(await within(panel).findByText(new RegExp(`may not read the backups folder ${folder}`))).toBeInTheDocument();
    expect(within(panel).queryByText('Loading backups…')).not.toBeInTheDocument();

    refuse = false;
    await userEvent.click(within(panel).getByRole('button', { name: 'Refresh list' }));
    // A new data folder's first backup is taken a few seconds after the start: the list is read, and empty.
    expect(await within(panel).findByText(/No backups in the folder/)).toBeInTheDocument();
    expect(within(panel).queryByText(/may not read the backups folder/)).not.toBeInTheDocument();
  });

  it('says a backup taken was taken, when only the list cannot be read again after it', async () => {
    let refuse = false;
    await renderApp('data', async (b) => {
      const list = b.store.backups.list.bind(b.store.backups);
      const folder = b.store.backups.folder;
      Object.assign(b.store.backups, {
        list: () =>
          refuse
            ? Promise.reject(
                Object.assign(new Error(`EACCES: permission denied, scandir '${folder}'`), {
                  code: 'EACCES',
                  syscall: 'scandir',
                  path: folder,
                }),
              )
            : list(),
      });
    });
    const panel = await screen.findByRole('region', { name: 'Backups' });
    await within(panel).findByText(/No backups in the folder|Backups, newest first/);
    refuse = true;
    await userEvent.click(within(panel).getByRole('button', { name: 'Back up now' }));
    expect(await within(panel).findByText(/^Backed up .* The list could not be read again\.$/)).toBeInTheDocument();
    expect(within(panel).getByText(/may not read the backups folder/)).toBeInTheDocument();
    // No error notification: the backup worked.
    expect(screen.getByRole('region', { name: 'Notifications' })).not.toHaveTextContent(/could not|may not/);
  });
});
