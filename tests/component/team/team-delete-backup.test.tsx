import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

describe('deleting a team', () => {
  it('keeps a backup holding the team as it was just before, which the Data screen names and restores', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
      await api.createTeam({ name: 'Network' });
    });
    // Work done on the team moments before it is deleted: no periodic backup holds it yet.
    const network = backend.store.snapshot().teams.find((t) => t.name === 'Network');
    await backend.api.addMember({
      teamId: network!.id,
      member: { name: 'Asha', role: 'SRE', hoursPerDay: 6, takesOnCall: true },
    });

    await user.click(await screen.findByRole('button', { name: 'Delete Network' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Network?' });
    expect(dialog).toHaveTextContent('A backup of the data file is kept in the backups folder.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete team' }));
    await waitFor(() => expect(backend.store.snapshot().teams.map((t) => t.name)).toEqual(['Ops']));

    const [kept] = (await backend.api.listBackups({})).backups;
    expect(kept?.teams).toEqual(['Ops', 'Network']);

    // The Data screen lists the backup first, says why it was taken, and restores the team with its member.
    act(() => useAppStore.getState().navigate('data'));
    const table = await screen.findByRole('table', { name: 'Backups, newest first' });
    const newest = within(table).getAllByRole('row')[1]!;
    expect(newest).toHaveTextContent('Before a team was deleted');
    expect(newest).toHaveTextContent('2 teams: Ops, Network');
    await user.click(within(newest).getByRole('button', { name: /^Restore the backup from / }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore this backup' }));
    await screen.findByText(/^Restored the backup from .*\(2 teams: Ops, Network\)/);
    const restored = backend.store.snapshot().teams.find((t) => t.name === 'Network');
    expect(restored?.members.map((m) => m.name)).toEqual(['Asha']);
  });
});
