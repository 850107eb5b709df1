import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

async function startStandup() {
  const user = userEvent.setup({ delay: null });
  await renderApp('standup', seedWith(boardTeam()));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  return user;
}

describe('the focus when the standup ends', { timeout: 20_000 }, () => {
  it('goes to the summary after "End standup" is confirmed, not to the page', async () => {
    const user = await startStandup();
    await user.click(screen.getByRole('button', { name: /End standup/ }));
    const confirm = await screen.findByRole('dialog', { name: 'End standup now?' });
    await user.click(within(confirm).getByRole('button', { name: 'End standup' }));
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('goes to the summary when Next passes the last speaker', async () => {
    const user = await startStandup();
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    await waitFor(() => expect(summary).toHaveFocus());
  });
});
