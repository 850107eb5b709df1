import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

describe('planning poker: focus after withdrawing a vote', { timeout: 30_000 }, () => {
  it('goes to the voter’s cards (the card they had picked), not to the page, as the Withdraw button goes', async () => {
    await renderApp('planning', async (b) => {
      const seeded = await seedPlanning(b);
      await b.api.startEstimation({ teamId: seeded.teamId, itemId: seeded.items['Upgrade Postgres']! });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('button', { name: 'Bo votes 5' }));
    const voters = screen.getByRole('list', { name: 'Votes, hidden until reveal' });
    await waitFor(() => expect(within(voters).getAllByText('Voted (hidden)')).toHaveLength(1));

    await user.click(screen.getByRole('button', { name: 'Withdraw Bo’s vote' }));
    await waitFor(() => expect(within(voters).queryAllByText('Voted (hidden)')).toHaveLength(0));
    expect(screen.queryByRole('button', { name: 'Withdraw Bo’s vote' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bo votes 5' })).toHaveFocus();
  });
});
