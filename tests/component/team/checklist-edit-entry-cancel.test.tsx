import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

vi.setConfig({ testTimeout: 30_000 });

const ENTRY = { id: 'dod-runbook', text: 'Runbook updated', rule: null };

/** The Team screen with one Definition of Done entry open for editing in its place. */
async function editingEntry() {
  const user = userEvent.setup();
  let teamId = '';
  const backend = await renderApp('team', async ({ api }) => {
    teamId = (await api.createTeam({ name: 'Ops' })).id;
    await api.updateTeamSettings({ teamId, settings: { definitionOfDone: [ENTRY] } });
  });
  await screen.findByRole('heading', { name: 'Members of Ops' });
  const region = screen.getByRole('region', { name: 'Definition of Done' });
  await user.click(within(region).getByRole('button', { name: 'Edit “Runbook updated”' }));
  const field = within(region).getByRole('textbox', { name: 'Text of “Runbook updated”' });
  await waitFor(() => expect(field).toHaveFocus());
  const stored = () => backend.store.snapshot().teams.find((t) => t.id === teamId)?.settings.definitionOfDone;
  return { user, region, field, stored };
}

const question = () => screen.findByRole('dialog', { name: 'Discard your changes to the entry “Runbook updated”?' });

/** A Definition entry's Cancel edit and Escape dropped a changed text at once; they ask, as a switch does. */
describe('a Definition of Done entry edited in place, then Cancel edit or Escape', () => {
  it.each([
    [
      'Cancel edit',
      async (user: ReturnType<typeof userEvent.setup>) =>
        user.click(screen.getByRole('button', { name: 'Cancel edit' })),
    ],
    ['Escape', async (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
  ])('%s with a changed text asks; Keep editing keeps it, Discard changes leaves the entry', async (_, leave) => {
    const { user, region, field, stored } = await editingEntry();
    await user.type(field, ' and linked');

    await leave(user);
    await user.click(within(await question()).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(region).getByRole('textbox', { name: 'Text of “Runbook updated”' })).toHaveValue(
      'Runbook updated and linked',
    );

    await leave(user);
    await user.click(within(await question()).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Edit “Runbook updated”' })).toHaveFocus());
    expect(within(region).queryByRole('textbox', { name: 'Text of “Runbook updated”' })).toBeNull();
    expect(stored()).toEqual([ENTRY]);
  });

  it('Escape with the text as it was closes at once, the focus back on Edit', async () => {
    const { user, region } = await editingEntry();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Edit “Runbook updated”' })).toHaveFocus());
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
