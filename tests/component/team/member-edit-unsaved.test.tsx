import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/** The member Edit dialog asks before its Cancel or Escape drops what was typed, like every other form. */
async function editAna() {
  const user = userEvent.setup();
  const backend = await renderApp('team', async ({ api }) => {
    const teamId = (await api.createTeam({ name: 'Ops' })).id;
    await api.addMember({ teamId, member: { name: 'Ana', role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
  });
  await user.click(await screen.findByRole('button', { name: 'Edit Ana' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Ana' });
  return { user, backend, dialog };
}

const question = () => screen.findByRole('dialog', { name: 'Discard your changes to Ana?' });

describe('Editing a member, then leaving the dialog', () => {
  it('Escape with a changed role asks; Keep editing keeps the text, Discard changes closes and saves nothing', async () => {
    const { user, backend, dialog } = await editAna();
    const role = within(dialog).getByLabelText('Role');
    await user.clear(role);
    await user.type(role, 'DBA');

    await user.keyboard('{Escape}');
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(within(screen.getByRole('dialog', { name: 'Edit Ana' })).getByLabelText('Role')).toHaveValue('DBA');

    await user.click(within(screen.getByRole('dialog', { name: 'Edit Ana' })).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Ana' })).toBeNull());
    expect(backend.store.snapshot().teams[0]?.members[0]?.role).toBe('SRE');
    expect(screen.getByRole('button', { name: 'Edit Ana' })).toHaveFocus();
  });

  it('closes at once with nothing changed, also when a field was changed back', async () => {
    const { user, dialog } = await editAna();
    const hours = within(dialog).getByLabelText('Hours per day');
    await user.clear(hours);
    await user.type(hours, '6');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Ana' })).toBeNull());
    expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();
  });
});
