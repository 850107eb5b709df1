import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { status } from './fake-sync';
import { openWithTeam } from './seed';

vi.setConfig({ testTimeout: 40_000 });

/**
 * A sync run in the background for a shared team that is not the open one (two teams shared from one machine)
 * may merge the other machine's changes into it: the team list (the switcher's lines, the Team screen's list)
 * shows them, as it does for the open team.
 */
describe('a background sync that merged a team not open', () => {
  it('shows its new name in the team switcher and on the Team screen', async () => {
    let networkId = '';
    const { backend, emit } = await openWithTeam('team', async (sync, teamId, b) => {
      sync.put(teamId, status(teamId));
      networkId = (await b.api.createTeam({ name: 'Network' })).id;
      sync.put(networkId, status(networkId, { remote: '/srv/git/network.git' }));
    });
    await screen.findByRole('heading', { name: 'Members of Platform SRE' });
    const switcher = screen.getByRole('combobox', { name: 'Team' });
    expect(within(switcher).getByRole('option', { name: 'Network' })).toBeInTheDocument();

    // The other machine renamed Network; this machine's background sync merged the rename into its file.
    await backend.api.renameTeam({ teamId: networkId, name: 'Network Ops' });
    emit({
      type: 'sync',
      status: status(networkId, { remote: '/srv/git/network.git', lastSyncedAt: '2026-12-01T12:03:00.000Z' }),
    });

    await waitFor(() => expect(within(switcher).getByRole('option', { name: 'Network Ops' })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Open Network Ops' })).toBeInTheDocument();
    // The open team stays open.
    expect(screen.getByRole('heading', { name: 'Members of Platform SRE' })).toBeInTheDocument();
  });
});
