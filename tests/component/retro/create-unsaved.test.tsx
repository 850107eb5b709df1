import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';
import './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const QUESTION = 'Discard your changes to the new postmortem?';

async function renderList() {
  let teamId = '';
  const backend = await renderApp('retro', async (b) => {
    teamId = (await b.api.createTeam({ name: 'Platform SRE' })).id;
  });
  return { retros: () => backend.store.snapshot().teams.find((t) => t.id === teamId)!.retros };
}

describe('the New postmortem dialog with details typed', () => {
  it('asks before Escape or Cancel drops them, and keeps them on Keep editing', async () => {
    const s = await renderList();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New postmortem' }));
    const dialog = screen.getByRole('dialog', { name: 'New blameless postmortem' });
    await user.type(within(dialog).getByLabelText('Services affected'), 'dns, api-gateway');
    await user.type(within(dialog).getByLabelText('Impact'), 'Logins failed for 40 minutes');

    await user.keyboard('{Escape}');
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Keep editing' }),
    );
    expect(within(dialog).getByLabelText('Services affected')).toHaveValue('dns, api-gateway');
    expect(within(dialog).getByLabelText('Impact')).toHaveValue('Logins failed for 40 minutes');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: QUESTION })).getByRole('button', { name: 'Discard changes' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The focus goes back to the button that opened the dialog, not to the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'New postmortem' })).toHaveFocus());
    expect(s.retros()).toEqual([]);
  });

  it('closes at once on Escape when nothing was typed', async () => {
    await renderList();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New postmortem' }));
    await screen.findByRole('dialog', { name: 'New blameless postmortem' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
