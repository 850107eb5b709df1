import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { takeSafetyBackup } from '../../../src/services/data-backup-service';
import { status } from './fake-sync';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

/**
 * A restore or an import replaces a shared team here; the next sync then sends it as replaced, and a three-way
 * merge takes back on the other machines what had changed there since (their items added since are deleted).
 * The confirmation says so before anything is replaced, naming the shared teams it concerns.
 */
const NOTE =
  /Platform SRE is shared: the next sync sends it as the (backup|file) has it, and what changed in it since is taken back on the other machines that share it too\./;

describe('replacing the data of a shared team', () => {
  it('the restore confirmation says what the next sync does to the other machines', async () => {
    const { user } = await openWithTeam('data', async (sync, teamId, backend) => {
      sync.put(teamId, status(teamId));
      await backend.store.flush();
      await takeSafetyBackup(backend.ctx, 'manual');
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await user.click(within(table).getAllByRole('button', { name: /^Restore the backup from / })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent(NOTE);
  });

  it('the import confirmation says it for a file that holds the shared team', async () => {
    const { user, backend } = await openWithTeam('data', (sync, teamId) => void sync.put(teamId, status(teamId)));
    const { content } = await backend.api.exportWorkspace({});
    await screen.findByRole('region', { name: 'Sharing' });
    await user.upload(
      screen.getByLabelText('Import a workspace file (replaces all data)'),
      new File([content], 'ops.json', { type: 'application/json' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Replace all data with this file?' });
    expect(dialog).toHaveTextContent(NOTE);
  });

  it('says nothing of sharing when no team is shared', async () => {
    const { user } = await openWithTeam('data', async (_sync, _teamId, backend) => {
      await backend.store.flush();
      await takeSafetyBackup(backend.ctx, 'manual');
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await user.click(within(table).getAllByRole('button', { name: /^Restore the backup from / })[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog).not.toHaveTextContent(/shared/);
  });
});
