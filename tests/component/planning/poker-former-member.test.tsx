import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

describe('planning poker: a voter leaves the team mid-round', { timeout: 30_000 }, () => {
  it('counts only the votes of people still able to vote, so the count never exceeds the voters', async () => {
    await renderApp('planning', async (b) => {
      const seeded = await seedPlanning(b);
      const { teamId } = seeded;
      const roundId = (await b.api.startEstimation({ teamId, itemId: seeded.items['Upgrade Postgres']! })).rounds[0]!
        .id;
      await b.api.castVote({ teamId, roundId, memberId: seeded.members['Ana']!, card: '3' });
      await b.api.castVote({ teamId, roundId, memberId: seeded.members['Bo']!, card: '5' });
      await b.api.removeMember({ teamId, memberId: seeded.members['Bo']! });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
    expect(await screen.findByRole('button', { name: /Reveal votes/ })).toHaveAccessibleName(
      'Reveal votes (1 of 1 voted)',
    );
  });
});
