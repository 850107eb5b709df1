import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** The standup screen of the board team, with its "Standup and board settings" form open. */
export async function openStandupSettings() {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByText('Standup and board settings'));
  const form = screen.getByRole('form', { name: 'Standup settings' });
  return { user, doc, backend, form };
}
