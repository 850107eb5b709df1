import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-sync';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

const header = () => within(screen.getByRole('banner'));

describe("The header's sync state", () => {
  it('is absent for a team that is not shared', async () => {
    await openWithTeam('backlog');
    await screen.findByRole('heading', { name: 'Backlog', level: 2 });
    // The header's own buttons (a notification in its slot may carry Dismiss or Undo).
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(
      header()
        .getAllByRole('button')
        .filter((b) => !notifications.contains(b))
        .map((b) => b.textContent),
    ).toEqual(['Presentation mode', 'Keyboard shortcuts']);
  });

  it('follows the host: changes to send, cannot reach the remote, needs a decision', async () => {
    const { teamId, emit } = await openWithTeam('backlog', (s, id) => {
      s.put(id, status(id, { state: 'pending', pendingChanges: 3 }));
    });
    expect(await header().findByRole('button', { name: 'Open Sharing: 3 changes to send' })).toBeInTheDocument();
    emit({
      type: 'sync',
      status: status(teamId, { state: 'offline', pendingChanges: 3, message: 'Cannot reach gitlab.example.com.' }),
    });
    expect(header().getByRole('button', { name: 'Open Sharing: Cannot reach the remote' })).toBeInTheDocument();
    emit({ type: 'sync', status: status(teamId, { state: 'conflicts', conflicts: [] }) });
    expect(header().getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
    // Another team's state is not this team's.
    emit({ type: 'sync', status: status('other-team', { state: 'in_sync' }) });
    expect(header().getByRole('button', { name: 'Open Sharing: Needs a decision' })).toBeInTheDocument();
  });

  it('tells a remote file this Cadence will not take from a remote that refused access', async () => {
    const { teamId, emit } = await openWithTeam('backlog', (s, id) => void s.put(id, status(id)));
    await header().findByRole('button', { name: 'Open Sharing: In sync' });
    emit({
      type: 'sync',
      status: status(teamId, {
        state: 'refused',
        message: 'The shared team file was made by a newer Cadence (format 9); update Cadence on this machine.',
      }),
    });
    // The remote refused nothing: Cadence did not take its file (the token is fine).
    expect(header().getByRole('button', { name: 'Open Sharing: Cannot use the remote’s file' })).toBeInTheDocument();
    emit({
      type: 'sync',
      status: status(teamId, { state: 'denied', message: 'The remote did not accept the token.' }),
    });
    expect(header().getByRole('button', { name: 'Open Sharing: Remote refused access' })).toBeInTheDocument();
  });

  it('takes you to the Sharing section, focused', async () => {
    const { user } = await openWithTeam('backlog', (s, id) => void s.put(id, status(id)));
    await user.click(await header().findByRole('button', { name: 'Open Sharing: In sync' }));
    await screen.findByRole('heading', { name: 'Data & backups', level: 2 });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sharing', level: 3 })).toHaveFocus());
  });

  it('a sync run in the background brings the merged team onto the screen', async () => {
    const { teamId, backend, emit } = await openWithTeam('backlog', (s, id) => {
      s.put(id, status(id, { state: 'pending', pendingChanges: 1 }));
    });
    await header().findByRole('button', { name: 'Open Sharing: 1 change to send' });
    // The sync at start merged the other machine's rename into this machine's file.
    await backend.api.renameTeam({ teamId, name: 'Platform SRE (EU)' });
    emit({ type: 'sync', status: status(teamId, { lastSyncedAt: '2026-12-01T12:03:00.000Z' }) });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Team' })).toHaveDisplayValue('Platform SRE (EU)'));
    expect(header().getByRole('button', { name: 'Open Sharing: In sync' })).toBeInTheDocument();
  });
});
