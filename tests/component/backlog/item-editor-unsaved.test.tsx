import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { itemFields } from '../../helpers/fixtures';
import type { InProcessApi } from '../../helpers/in-process-api';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

/**
 * The item editor with typed but unsaved changes is not thrown away without a word: Escape, Cancel, a switch
 * of screen or of team first ask "Discard your changes to …?", Keep editing (focused) or Discard changes.
 */
let teamId = '';
let otherTeamId = '';

async function seed({ api }: InProcessApi) {
  teamId = (await api.createTeam({ name: 'Ops' })).id;
  otherTeamId = (await api.createTeam({ name: 'Platform' })).id;
  await api.createItem({ teamId, item: itemFields('Tune alerts') });
}

async function openAndType(text: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
  await user.type(within(dialog).getByLabelText('Title'), text);
  return { user, dialog };
}

const question = () => screen.findByRole('dialog', { name: 'Discard your changes to “Tune alerts”?' });
const titles = (backend: InProcessApi) => backend.store.snapshot().teams[0]?.items.map((i) => i.title);

describe('the item editor with unsaved changes', () => {
  it('asks on Escape; Keep editing keeps the text and the focus in it, Discard changes closes', async () => {
    await renderApp('backlog', seed);
    const { user, dialog } = await openAndType(' on disks');

    await user.keyboard('{Escape}');
    const ask = await question();
    expect(within(ask).getByRole('button', { name: 'Keep editing' })).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog', { name: /Discard your changes/ })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Tune alerts on disks');
    await waitFor(() => expect(within(dialog).getByLabelText('Title')).toHaveFocus());

    await user.keyboard('{Escape}');
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Edit Tune alerts' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit Tune alerts' })).toHaveFocus());
  });

  it('asks on Cancel, and closes at once when nothing was changed', async () => {
    const backend = await renderApp('backlog', seed);
    const { user, dialog } = await openAndType('!');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles(backend)).toEqual(['Tune alerts']);

    await user.click(screen.getByRole('button', { name: 'Edit Tune alerts' }));
    await screen.findByRole('dialog', { name: 'Edit Tune alerts' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('asks before the screen changes (the browser Back button), and stays on the backlog when kept', async () => {
    await renderApp('backlog', seed);
    const { user, dialog } = await openAndType(' on disks');

    act(() => {
      window.location.hash = '#/planning';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    const ask = await question();
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(window.location.hash).toBe('#/backlog');
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Tune alerts on disks');

    act(() => useAppStore.getState().navigate('planning'));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    expect(await screen.findByRole('heading', { name: 'Sprint planning' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/planning');
  });

  it('asks before the team changes, and on Discard closes the editor and opens the other team', async () => {
    await renderApp('backlog', seed);
    const { user, dialog } = await openAndType(' on disks');

    await act(() => useAppStore.getState().selectTeam(otherTeamId));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().team?.id).toBe(teamId);
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Tune alerts on disks');

    await act(() => useAppStore.getState().selectTeam(otherTeamId));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(useAppStore.getState().team?.id).toBe(otherTeamId));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('with nothing changed, closes when the team changes: it does not stay open over the other team', async () => {
    const user = userEvent.setup();
    await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'Edit Tune alerts' }));
    await screen.findByRole('dialog', { name: 'Edit Tune alerts' });

    await act(() => useAppStore.getState().selectTeam(otherTeamId));
    await waitFor(() => expect(useAppStore.getState().team?.id).toBe(otherTeamId));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('for a new item from a template, asks about this new item, not by the template’s title as if it were an item', async () => {
    const user = userEvent.setup();
    const backend = await renderApp('backlog', seed);
    await user.click(await screen.findByRole('button', { name: 'New from template' }));
    await user.click(await screen.findByRole('button', { name: /Automate database backups/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New item from template' });
    await user.type(within(dialog).getByLabelText('Labels'), ', postgres');

    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: /Discard your changes/ });
    expect(ask).toHaveAccessibleName('Discard your changes to this new item?');
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(titles(backend)).toEqual(['Tune alerts']);
  });
});
