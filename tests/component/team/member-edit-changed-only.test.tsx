import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

describe('Editing a member while another window (or a sync) changes them', () => {
  it('saves the role typed and keeps the hours and on-call changed meanwhile', async () => {
    const user = userEvent.setup();
    let teamId = '';
    let memberId = '';
    const backend = await renderApp('team', async ({ api }) => {
      teamId = (await api.createTeam({ name: 'Ops' })).id;
      const member = { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true };
      memberId = (await api.addMember({ teamId, member })).id;
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Ana' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Ana' });
    await backend.api.updateMember({ teamId, memberId, member: { hoursPerDay: 3, takesOnCall: false } });

    const role = within(dialog).getByLabelText('Role');
    await user.clear(role);
    await user.type(role, 'DBA');
    await user.click(within(dialog).getByRole('button', { name: 'Save member' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.store.snapshot().teams[0]?.members).toEqual([
      { id: memberId, name: 'Ana', role: 'DBA', hoursPerDay: 3, takesOnCall: false },
    ]);
    const row = screen.getByRole('row', { name: /Ana/ });
    expect(within(row).getByRole('cell', { name: '3' })).toBeInTheDocument();
  });
});
