import { rmSync } from 'node:fs';
import path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { backupName } from '../../../src/storage/backups';
import { renderApp } from '../render-app';

/**
 * The Backups panel places the focus by the moment each backup was taken, not by its time's text: a time written
 * without milliseconds ("…T09:30:00Z") is before "…T09:30:00.500Z", though "." sorts before "Z".
 */
describe('Backups: the row in place of a pruned one', () => {
  it('gets the focus by the moment it was taken, when the times are written with and without milliseconds', async () => {
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
      const json = JSON.stringify(b.store.snapshot());
      for (const at of ['09:29:00.000', '09:30:00.000', '09:30:00.500', '10:30:00.000']) {
        await b.store.backups.keep(json, new Date(`2026-11-27T${at}Z`), 'manual');
      }
      // The list as another writer of times would answer it: whole seconds without their ".000".
      const list = b.store.backups.list.bind(b.store.backups);
      Object.assign(b.store.backups, {
        list: async () => (await list()).map((s) => ({ ...s, createdAt: s.createdAt.replace('.000Z', 'Z') })),
      });
    });
    const user = userEvent.setup();
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const rowOf = (name: string) => table.querySelector(`button[data-backup="${name}"]`);
    const halfPast = backupName(new Date('2026-11-27T09:30:00.500Z'), 'manual');
    const onTheSecond = backupName(new Date('2026-11-27T09:30:00.000Z'), 'manual');
    // The backup of 09:30:00.500 has been pruned since the list was shown.
    rmSync(path.join(backend.store.backups.folder, halfPast));
    await user.click(rowOf(halfPast)!);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(`The backup ${halfPast} is no longer in the backups folder. Nothing was changed.`);
    await waitFor(() => expect(rowOf(halfPast)).toBeNull());
    // The row now in its place is the backup taken half a second before it, not the oldest.
    await waitFor(() => expect(rowOf(onTheSecond)).toHaveFocus());
  });
});
