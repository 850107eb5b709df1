import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { takeSafetyBackup } from '../../../src/services/data-backup-service';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

describe('Backups taken by sharing', () => {
  it('say in words that a sync or a join took them', async () => {
    await openWithTeam('data', async (_sync, _teamId, backend) => {
      await backend.store.flush();
      await takeSafetyBackup(backend.ctx, 'before-sync');
      await takeSafetyBackup(backend.ctx, 'before-join');
    });
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const whys = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(whys).toEqual(expect.arrayContaining(['Before a sync merged changes in', 'Before joining a shared team']));
  });
});
