import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';

const button = (name: string) => screen.getByRole('button', { name });

describe('Team screen: the focus after renaming and removing', () => {
  it('moves into the name field when the rename form opens, and back to Rename after Cancel or Save', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });

    button('Rename Ops').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('New team name')).toHaveFocus());
    button('Cancel rename').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(button('Rename Ops')).toHaveFocus());

    await user.keyboard('{Enter}');
    const field = await screen.findByLabelText('New team name');
    await waitFor(() => expect(field).toHaveFocus());
    await user.clear(field);
    await user.type(field, 'Platform SRE{Enter}');
    await waitFor(() => expect(button('Rename Platform SRE')).toHaveFocus());

    // Escape leaves the name as it was, as Cancel does (asking first, as a new name was typed).
    await user.keyboard('{Enter}');
    await user.type(await screen.findByLabelText('New team name'), ' typo{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the team name?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(button('Rename Platform SRE')).toHaveFocus());
    expect(screen.queryByLabelText('New team name')).toBeNull();
  });

  it('hands the focus to the next member after a removal, else the one before, else Add member', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      const team = await api.createTeam({ name: 'Ops' });
      for (const name of ['Ada', 'Bjorn', 'Cy']) {
        await api.addMember({ teamId: team.id, member: { name, role: 'SRE', hoursPerDay: 6, takesOnCall: true } });
      }
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });

    const remove = async (name: string) => {
      button(`Remove ${name}`).focus();
      await user.keyboard('{Enter}');
      const ask = await screen.findByRole('dialog', { name: `Remove ${name}?` });
      within(ask).getByRole('button', { name: 'Remove member' }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('row', { name: new RegExp(name) })).toBeNull());
    };
    await remove('Ada');
    await waitFor(() => expect(button('Edit Bjorn')).toHaveFocus());
    await remove('Cy');
    await waitFor(() => expect(button('Edit Bjorn')).toHaveFocus());
    await remove('Bjorn');
    await waitFor(() => expect(button('Add member')).toHaveFocus());
  });
});

describe('Team screen: the focus after opening another team', () => {
  it('goes to the heading of the team opened, whose Open button is gone', async () => {
    const user = userEvent.setup();
    await renderApp('team', async ({ api }) => {
      await api.createTeam({ name: 'Ops' });
      await api.createTeam({ name: 'Network' });
    });
    await screen.findByRole('heading', { name: 'Members of Ops' });
    button('Open Network').focus();
    await user.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Members of Network' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Open Network' })).toBeNull();
  });
});
