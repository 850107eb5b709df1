import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { settleApiCalls } from '../api-calls';
import { itemFields } from '../../helpers/fixtures';
import { status } from './fake-sync';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

describe('A background sync of the open team', () => {
  it('that brought nothing in leaves the team on the screen as it is; one that did shows only what changed', async () => {
    const { teamId, backend, emit } = await openWithTeam('backlog', async (s, id, b) => {
      s.put(id, status(id, { state: 'pending', pendingChanges: 1 }));
      await b.api.createItem({ teamId: id, item: itemFields('Rotate certs') });
      await b.api.createItem({ teamId: id, item: itemFields('Patch kernel') });
    });
    await screen.findByRole('button', { name: 'Open Sharing: 1 change to send' });
    await settleApiCalls();
    const before = useAppStore.getState().team;

    // The sync at the timer reached the remote and sent this machine's change; nothing came in.
    emit({ type: 'sync', status: status(teamId, { lastSyncedAt: '2026-12-01T12:03:00.000Z' }) });
    await settleApiCalls();
    expect(useAppStore.getState().team).toBe(before);

    // The next one merged the other machine's rename of one item: the other item is the same record still.
    const [first, second] = before!.items;
    await backend.api.updateItem({ teamId, itemId: first!.id, changes: { title: 'Rotate TLS certs' } });
    emit({ type: 'sync', status: status(teamId, { lastSyncedAt: '2026-12-01T12:08:00.000Z' }) });
    await waitFor(() => expect(useAppStore.getState().team?.items[0]?.title).toBe('Rotate TLS certs'));
    expect(useAppStore.getState().team?.items[1]).toBe(second);
    expect(
      within(screen.getByRole('banner')).getByRole('button', { name: 'Open Sharing: In sync' }),
    ).toBeInTheDocument();
  });
});
