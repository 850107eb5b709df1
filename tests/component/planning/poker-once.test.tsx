import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Ana has voted 3 on "Upgrade Postgres"; the round is on the screen. */
async function oneVoteIn() {
  const backend = await renderApp('planning', async (b) => {
    const seeded = await seedPlanning(b);
    const { teamId } = seeded;
    const roundId = (await b.api.startEstimation({ teamId, itemId: seeded.items['Upgrade Postgres']! })).rounds[0]!.id;
    await b.api.castVote({ teamId, roundId, memberId: seeded.members['Ana']!, card: '3' });
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
  return { backend, user };
}

describe('planning poker acts once while its call is on its way', { timeout: 30_000 }, () => {
  it('reveals once for a double click on Reveal votes, with no "already revealed" error', async () => {
    const { backend, user } = await oneVoteIn();
    const held = holdCalls(backend, 'revealVotes');
    try {
      await user.dblClick(await screen.findByRole('button', { name: 'Reveal votes (1 of 2 voted)' }));
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Results of round 1' })).toHaveFocus());
    expect(screen.queryByText('These votes are already revealed.')).not.toBeInTheDocument();
  });

  it('accepts once for a double click on Accept, with no "reveal the votes" error', async () => {
    const { backend, user } = await oneVoteIn();
    await user.click(await screen.findByRole('button', { name: 'Reveal votes (1 of 2 voted)' }));
    const accept = await screen.findByRole('button', { name: 'Accept 3' });
    const held = holdCalls(backend, 'acceptEstimate');
    try {
      await user.dblClick(accept);
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    expect(await screen.findByText('Saved 3 points on “Upgrade Postgres”.')).toBeInTheDocument();
    expect(screen.queryByText('Reveal the votes before accepting an estimate.')).not.toBeInTheDocument();
  });
});
