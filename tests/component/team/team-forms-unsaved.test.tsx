import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/**
 * What is typed on the Team screen and not saved (the sprint settings, a new team name, a member being added) is
 * not dropped by a switch of screen without a question; a switch of team keeps it for its team (useTeamDraft).
 */
async function teamScreen() {
  await renderApp('team', async ({ api }) => {
    await api.createTeam({ name: 'Ops' });
    await api.createTeam({ name: 'Network' });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
}

const question = (what: string) => screen.findByRole('dialog', { name: `Discard your changes to ${what}?` });
const leave = () => act(() => useAppStore.getState().navigate('backlog'));

describe('unsaved typing on the Team screen, and a switch of screen', () => {
  it.each([
    ['the sprint settings', 'Sprint length (working days)', '15'],
    ['the new member', 'Name', 'Ada'],
    ['the new team', 'Team name', 'Storage'],
  ])('asks about %s; Keep editing keeps the text and the focus, Discard changes leaves', async (what, label, text) => {
    const user = userEvent.setup();
    await teamScreen();
    const field = screen.getByLabelText(label);
    await user.clear(field);
    await user.type(field, text);

    leave();
    await user.click(within(await question(what)).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('team');
    expect(screen.getByLabelText(label)).toHaveValue(text);
    expect(screen.getByLabelText(label)).toHaveFocus();

    leave();
    await user.click(within(await question(what)).getByRole('button', { name: 'Discard changes' }));
    expect(useAppStore.getState().screen).toBe('backlog');
  });

  it('asks about a new team name typed, and not when the Rename form holds the name as it is', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.click(screen.getByRole('button', { name: 'Rename Ops' }));
    const field = await screen.findByLabelText('New team name');
    await user.type(field, ' East');

    leave();
    await user.click(within(await question('the team name')).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByLabelText('New team name')).toHaveValue('Ops East');
    expect(screen.getByLabelText('New team name')).toHaveFocus();

    await user.clear(screen.getByLabelText('New team name'));
    await user.type(screen.getByLabelText('New team name'), 'Ops');
    leave();
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();
  });

  it('does not ask on a switch of team: each team keeps what was typed for it', async () => {
    const user = userEvent.setup();
    await teamScreen();
    await user.type(screen.getByLabelText('Name'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Open Network' }));
    await screen.findByRole('heading', { name: 'Members of Network' });
    expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).toBeNull();
  });
});
