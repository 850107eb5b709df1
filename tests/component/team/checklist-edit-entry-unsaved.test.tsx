import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

/**
 * A Definition entry's text being edited in its place, changed and not saved, is not dropped by a switch of screen
 * or team without a question (its Cancel edit and Escape ask too: checklist-edit-entry-cancel.test.tsx).
 */
async function editingEntry() {
  const user = userEvent.setup();
  let teamId = '';
  const backend = await renderApp('team', async ({ api }) => {
    teamId = (await api.createTeam({ name: 'Ops' })).id;
    await api.createTeam({ name: 'Network' });
    await api.updateTeamSettings({
      teamId,
      settings: { definitionOfDone: [{ id: 'dod-runbook', text: 'Runbook updated', rule: null }] },
    });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
  const region = screen.getByRole('region', { name: 'Definition of Done' });
  await user.click(within(region).getByRole('button', { name: 'Edit “Runbook updated”' }));
  const field = within(region).getByRole('textbox', { name: 'Text of “Runbook updated”' });
  await user.type(field, ' and linked');
  const stored = () => backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings.definitionOfDone;
  return { user, field, stored };
}

const question = () => screen.findByRole('dialog', { name: 'Discard your changes to the entry “Runbook updated”?' });

describe('an entry of the Definition of Done edited in place, then another screen or team', () => {
  it('another screen asks; Keep editing keeps the text, Discard changes leaves the entry as it was', async () => {
    const { user, field, stored } = await editingEntry();

    act(() => useAppStore.getState().navigate('backlog'));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(useAppStore.getState().screen).toBe('team');
    expect(field).toHaveValue('Runbook updated and linked');

    act(() => useAppStore.getState().navigate('backlog'));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    expect(useAppStore.getState().screen).toBe('backlog');
    expect(stored()).toEqual([{ id: 'dod-runbook', text: 'Runbook updated', rule: null }]);
  });

  it('another team asks too', async () => {
    const { user, field } = await editingEntry();

    await user.click(screen.getByRole('button', { name: 'Open Network' }));
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('heading', { name: 'Members of Ops' })).toBeInTheDocument();
    expect(field).toHaveValue('Runbook updated and linked');

    await user.click(screen.getByRole('button', { name: 'Open Network' }));
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await screen.findByRole('heading', { name: 'Members of Network' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
