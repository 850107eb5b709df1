import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import { manualEvents } from '../room/fake-room';

vi.setConfig({ testTimeout: 20_000 });

/**
 * Browser mode can show one workspace in two windows; the host tells each of what the other changed
 * (tests/unit/host/window-events.test.ts). No room is open here: the app listens all the same.
 */
describe('a change made in another window', () => {
  it('shows on this screen: an item added there appears in the backlog', async () => {
    const events = manualEvents();
    let teamId = '';
    const backend = await renderApp(
      'backlog',
      async (api) => {
        teamId = (await api.api.createTeam({ name: 'Platform' })).id;
      },
      { events: events.source },
    );
    await screen.findByRole('heading', { name: 'Backlog', level: 2 });
    expect(screen.queryByText('Rotate the TLS certificates')).not.toBeInTheDocument();
    // The other window's call: the data changes behind this screen's back, and the host says so.
    await backend.api.createItem({
      teamId,
      item: {
        title: 'Rotate the TLS certificates',
        description: '',
        type: 'task',
        points: 3,
        labels: [],
        acceptanceCriteria: [],
        links: [],
        needsChangeWindow: false,
        status: 'todo',
        readyChecks: [],
      },
    });
    events.emit({ type: 'team-changed', teamId });
    expect(await screen.findByText('Rotate the TLS certificates')).toBeInTheDocument();
  });

  it('fetches the team list again: a team added there can be picked here', async () => {
    const events = manualEvents();
    const backend = await renderApp(
      'backlog',
      async (api) => {
        await api.api.createTeam({ name: 'Platform' });
      },
      { events: events.source },
    );
    const switcher = screen.getByRole('combobox', { name: 'Team' });
    expect(within(switcher).queryByRole('option', { name: 'Storage' })).not.toBeInTheDocument();
    await backend.api.createTeam({ name: 'Storage' });
    events.emit({ type: 'teams-changed' });
    expect(await within(switcher).findByRole('option', { name: 'Storage' })).toBeInTheDocument();
    expect(switcher).toHaveDisplayValue('Platform');
  });

  it('says so when the team on screen was deleted there, and shows the one left', async () => {
    const events = manualEvents();
    let platformId = '';
    const backend = await renderApp(
      'backlog',
      async (api) => {
        platformId = (await api.api.createTeam({ name: 'Platform' })).id;
        await api.api.createTeam({ name: 'Storage' });
      },
      { events: events.source },
    );
    const switcher = screen.getByRole('combobox', { name: 'Team' });
    await waitFor(() => expect(switcher).toHaveDisplayValue('Platform'));
    await backend.api.deleteTeam({ teamId: platformId });
    events.emit({ type: 'teams-changed' });
    expect(await screen.findByText('“Platform” was deleted in another window. Showing “Storage”.')).toBeInTheDocument();
    await waitFor(() => expect(switcher).toHaveDisplayValue('Storage'));
    expect(within(switcher).queryByRole('option', { name: 'Platform' })).not.toBeInTheDocument();
  });
});
