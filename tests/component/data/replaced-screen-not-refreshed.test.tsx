import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { takeSafetyBackup } from '../../../src/services/data-backup-service';
import type { InProcessApi } from '../../helpers/in-process-api';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 40_000 });

const LOST = 'Cadence is not reachable: the connection to it was lost.';

/** From now on the team list cannot be read again (the connection dropped just after the change was made). */
function teamsCannotBeRead(backend: InProcessApi): void {
  Object.assign(backend.api, { openWorkspace: () => Promise.reject(new Error(LOST)) });
}

const teamNames = (backend: InProcessApi) => backend.store.snapshot().teams.map((t) => t.name);

/**
 * A restore or an import replaces the data first, then reads the teams again for the screen. When only that reading
 * fails, the change was made: the screen says so, and how to see it, never that the restore or import failed.
 */
describe('a restore or an import done, the screen not refreshed after it', () => {
  it('says the backup was restored, that the screen could not show it, and to reload', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
      await b.store.flush();
      await takeSafetyBackup(b.ctx, 'manual');
      await b.api.createTeam({ name: 'Network' });
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const row = within(table)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Backed up by hand'));
    teamsCannotBeRead(backend);
    await user.click(within(row!).getByRole('button', { name: /^Restore the backup from / }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));

    const result = await screen.findByText(/^Restored the backup from /);
    expect(result).toHaveTextContent(/1 team: Platform/);
    expect(result).toHaveTextContent(/could not show the restored data .*connection to it was lost/);
    expect(result).toHaveTextContent(/reload the page \(Ctrl\+R/i);
    expect(teamNames(backend)).toEqual(['Platform']);
    expect(screen.queryByText(LOST)).not.toBeInTheDocument();
  });

  it('says the file was imported, that the screen could not show it, and to reload', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('data', async (b) => {
      await b.api.createTeam({ name: 'Platform' });
    });
    const { content } = await backend.api.exportWorkspace({});
    await backend.api.createTeam({ name: 'Network' });
    teamsCannotBeRead(backend);
    const input = await screen.findByLabelText('Import a workspace file (replaces all data)');
    await user.upload(input, new File([content], 'ops.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'Replace all data with this file?' });
    await user.click(within(dialog).getByRole('button', { name: 'Replace all data' }));

    const said = await screen.findByText(/^Imported 1 team from ops\.json/);
    expect(said).toHaveTextContent(/could not show the imported data .*connection to it was lost/);
    expect(said).toHaveTextContent(/reload the page \(Ctrl\+R/i);
    await waitFor(() => expect(teamNames(backend)).toEqual(['Platform']));
    const region = screen.getByRole('region', { name: 'Export and import' });
    expect(within(region).queryByRole('alert')).not.toBeInTheDocument();
  });
});
