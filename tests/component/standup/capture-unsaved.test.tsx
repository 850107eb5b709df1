import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Starts the standup of Ada and Bo's team; Ada speaks first. */
async function startStandup(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
}

describe('what was typed into a standup capture dialog', { timeout: 30_000 }, () => {
  it('is not dropped by Escape: a blocker typed asks first, Keep editing keeps it, and it is then saved', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await startStandup(user);

    const button = screen.getByRole('button', { name: /^Add blocker/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Add a blocker' });
    const field = within(dialog).getByRole('textbox', { name: 'What is blocked, and on what' });
    await user.type(field, 'Waiting on the firewall change');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the blocker?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(field).toHaveValue('Waiting on the firewall change');

    await user.click(within(dialog).getByRole('button', { name: 'Add blocker' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const saved = (await backend.api.getTeam({ teamId: doc.id })).blockers;
    expect(saved.map((b) => b.text)).toEqual(['Waiting on the firewall change']);
  });

  it('is dropped by Cancel only once Discard changes is chosen, the focus back on the button that opened it', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await startStandup(user);

    const button = screen.getByRole('button', { name: /^Park topic/ });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Park a topic' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Topic to discuss after standup' }), 'Pager rota');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the topic?' });
    await user.click(within(ask).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
    expect((await backend.api.getTeam({ teamId: doc.id })).parkingLot).toEqual([]);

    // Nothing typed: Escape closes at once, with no question.
    await user.keyboard('u');
    await screen.findByRole('dialog', { name: 'Note an update' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('in Log interrupt is not dropped by Escape without a question', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('button', { name: /^Log interrupt/ }, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog', { name: 'Log interrupt' });
    const title = within(dialog).getByRole('textbox', { name: 'What came in' });
    await user.type(title, 'Disk full on db-3');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Discard your changes to the interrupt?' });
    await user.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /Discard/ })).not.toBeInTheDocument());
    expect(title).toHaveValue('Disk full on db-3');
  });
});
