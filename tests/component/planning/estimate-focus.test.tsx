import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * A card's Estimate button leaves with the Plan tab: the focus goes where the estimate goes on, not to the main
 * region, so a facilitator at the keyboard presses Enter once more to start (or votes at once in an open round).
 */
describe('the focus after Estimate on a planning card', { timeout: 30_000 }, () => {
  it('is on Start estimating for an item with no round open', async () => {
    await renderApp('planning', async (b) => {
      await seedPlanning(b);
    });
    const user = userEvent.setup();
    const estimate = await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 });
    estimate.focus();
    await user.keyboard('{Enter}');
    const start = await screen.findByRole('button', { name: 'Start estimating' });
    await waitFor(() => expect(start).toHaveFocus());
  });

  it('is on the first voter’s first card when a round is open for the item', async () => {
    await renderApp('planning', async (b) => {
      const seeded = await seedPlanning(b);
      await b.api.startEstimation({ teamId: seeded.teamId, itemId: seeded.items['Upgrade Postgres']! });
    });
    const user = userEvent.setup();
    const estimate = await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 });
    estimate.focus();
    await user.keyboard('{Enter}');
    const card = await screen.findByRole('button', { name: 'Ana votes 0' });
    await waitFor(() => expect(card).toHaveFocus());
  });
});
