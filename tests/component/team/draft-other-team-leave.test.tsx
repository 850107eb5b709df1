import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A form that keeps a draft per team (the Sprint settings, Add a member) holds what was typed for a team while
 * another team is open. Leaving the Team screen then asks about it too, naming its team, and does not drop it
 * without a word because the team open now has nothing typed.
 */
async function teamScreen() {
  await renderApp('team', async ({ api }) => {
    await api.createTeam({ name: 'Ops' });
    await api.createTeam({ name: 'Network' });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
}

const openTeam = async (user: ReturnType<typeof userEvent.setup>, name: string) => {
  await user.click(screen.getByRole('button', { name: `Open ${name}` }));
  await screen.findByRole('heading', { name: `Members of ${name}` });
};
const leave = () => act(() => useAppStore.getState().navigate('backlog'));
const anyQuestion = () => screen.queryByRole('dialog', { name: /Discard your changes/ });

describe('a draft typed for one team, then another team opened, then the Team screen left', () => {
  it.each([
    ['the new member', 'Name', 'Ada'],
    ['the sprint settings', 'Sprint length (working days)', '15'],
  ])(
    'asks about %s typed for Ops; Keep editing keeps it for Ops, Discard changes leaves',
    async (what, label, text) => {
      const user = userEvent.setup();
      await teamScreen();
      await user.clear(screen.getByLabelText(label));
      await user.type(screen.getByLabelText(label), text);
      await openTeam(user, 'Network');

      leave();
      const question = await screen.findByRole('dialog', { name: `Discard your changes to ${what} for Ops?` });
      await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
      expect(useAppStore.getState().screen).toBe('team');
      await openTeam(user, 'Ops');
      expect(screen.getByLabelText(label)).toHaveValue(text);

      await openTeam(user, 'Network');
      leave();
      const again = await screen.findByRole('dialog', { name: `Discard your changes to ${what} for Ops?` });
      await user.click(within(again).getByRole('button', { name: 'Discard changes' }));
      expect(useAppStore.getState().screen).toBe('backlog');
    },
  );

  it('asks about a new name typed for Ops in its Rename form', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.click(screen.getByRole('button', { name: 'Rename Ops' }));
    await user.type(await screen.findByLabelText('New team name'), ' East');
    await openTeam(user, 'Network');

    leave();
    const question = await screen.findByRole('dialog', { name: 'Discard your changes to the team name for Ops?' });
    await user.click(within(question).getByRole('button', { name: 'Keep editing' }));
    await openTeam(user, 'Ops');
    expect(screen.getByLabelText('New team name')).toHaveValue('Ops East');
  });

  it('does not ask about a team name typed for a new team once it is cleared, whichever team was open', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('Team name'), 'Storage');
    await openTeam(user, 'Network');
    await user.clear(screen.getByLabelText('Team name'));

    leave();
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(anyQuestion()).toBeNull();
  });

  it('names every team with changes when the open one has some too', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await openTeam(user, 'Network');
    await user.type(screen.getByLabelText('Name'), 'Grace');

    leave();
    expect(
      await screen.findByRole('dialog', { name: 'Discard your changes to the new member for Network and Ops?' }),
    ).toBeInTheDocument();
  });

  it('does not ask when what was typed for the other team was saved', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Add member' }));
    await screen.findByRole('button', { name: /Remove Ada/ });
    await openTeam(user, 'Network');

    leave();
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(anyQuestion()).toBeNull();
  });

  it('holds a reload while a team that is not open has a draft', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await openTeam(user, 'Network');

    const reload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(reload);
    expect(reload.defaultPrevented).toBe(true);
  });
});
