import { configure, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

async function revealedRound() {
  await renderApp('planning', async (b) => {
    const seeded = await seedPlanning(b);
    const { teamId } = seeded;
    const roundId = (await b.api.startEstimation({ teamId, itemId: seeded.items['Upgrade Postgres']! })).rounds[0]!.id;
    await b.api.castVote({ teamId, roundId, memberId: seeded.members['Ana']!, card: '3' });
    await b.api.castVote({ teamId, roundId, memberId: seeded.members['Bo']!, card: '13' });
    await b.api.revealVotes({ teamId, roundId });
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
  await screen.findByRole('heading', { name: 'Results of round 1' });
  return user;
}

describe('planning poker: focus after a re-vote', { timeout: 30_000 }, () => {
  it('Re-vote puts the focus on the first card of the new round, not on the page', async () => {
    const user = await revealedRound();
    await user.click(screen.getByRole('button', { name: 'Re-vote' }));
    await screen.findByRole('heading', { name: 'Upgrade Postgres: round 2' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ana votes 0' })).toHaveFocus());
  });

  it('V (re-vote from the keyboard) does the same', async () => {
    const user = await revealedRound();
    screen.getByRole('heading', { name: 'Results of round 1' }).focus();
    await user.keyboard('v');
    await screen.findByRole('heading', { name: 'Upgrade Postgres: round 2' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ana votes 0' })).toHaveFocus());
  });
});
