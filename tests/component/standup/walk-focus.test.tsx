import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const walk = () => screen.getByRole('region', { name: /Walk the board/ });

/** A running standup with Ada speaking, her card moved to In progress: the focus is on that card's handle. */
async function onAdasCard() {
  const user = userEvent.setup({ delay: null });
  await renderApp('standup', seedWith(boardTeam()));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  // The start hands the focus to the timer first.
  await waitFor(() => expect(screen.getByRole('region', { name: 'Ada' })).toHaveFocus());
  await user.click(within(walk()).getByRole('button', { name: 'Move Patch the bastion hosts to In progress' }));
  await waitFor(() =>
    expect(within(walk()).getByRole('button', { name: 'Drag Patch the bastion hosts' })).toHaveFocus(),
  );
  return user;
}

describe('the focus when a card leaves the board being walked', { timeout: 20_000 }, () => {
  it('stays in the walk when the card is given to someone else', async () => {
    const user = await onAdasCard();
    await user.click(within(walk()).getByRole('button', { name: /^Owner of Patch the bastion hosts/ }));
    await user.selectOptions(within(walk()).getByRole('combobox', { name: 'Owner of Patch the bastion hosts' }), 'Bo');
    await waitFor(() => expect(within(walk()).queryByText('Patch the bastion hosts')).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { name: /Walk the board: Ada’s cards/ })).toHaveFocus());
  });

  it('stays in the walk when the next speaker’s cards take the place of the card', async () => {
    const user = await onAdasCard();
    await user.keyboard('n');

    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await waitFor(() => expect(screen.getByRole('heading', { name: /Walk the board: Bo’s cards/ })).toHaveFocus());
  });
});
