import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { takeSafetyBackup } from '../../../src/services/data-backup-service';
import { settleApiCalls } from '../api-calls';
import { status } from '../sync/fake-sync';
import { openWithTeam } from '../sync/seed';

vi.setConfig({ testTimeout: 40_000 });

/** What the Why column of the Backups list says, row by row. */
const whys = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]?.textContent);

/**
 * The Sharing section sits above the Backups list on the same screen: a sync that merged changes in backed the data up
 * first, and that backup (the one to restore to undo the merge) is listed at once, without Refresh list.
 */
describe('Backups: the list after a sync', () => {
  it('lists the backup a sync took before it merged changes in, without Refresh list', async () => {
    const { teamId, backend, emit, sync } = await openWithTeam('data', async (s, id, b) => {
      s.put(id, status(id));
      await b.api.backupNow({});
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    await settleApiCalls();
    expect(whys(table)).not.toContain('Before a sync merged changes in');

    // A sync at the timer merged the other machine's changes, after backing the data up as the service does.
    await takeSafetyBackup(backend.ctx, 'before-sync');
    emit({ type: 'sync', status: sync.put(teamId, { lastSyncedAt: '2026-12-01T12:08:00.000Z' }) });

    await waitFor(() =>
      expect(whys(screen.getByRole('table', { name: 'Backups, newest first' }))[0]).toBe(
        'Before a sync merged changes in',
      ),
    );
  });
});
