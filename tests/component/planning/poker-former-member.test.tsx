import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Ana votes 3 and Bo 13 on "Upgrade Postgres"; then Bo is taken off the team, mid-round. */
async function boLeavesMidRound() {
  await renderApp('planning', async (b) => {
    const seeded = await seedPlanning(b);
    const { teamId } = seeded;
    const roundId = (await b.api.startEstimation({ teamId, itemId: seeded.items['Upgrade Postgres']! })).rounds[0]!.id;
    await b.api.castVote({ teamId, roundId, memberId: seeded.members['Ana']!, card: '3' });
    await b.api.castVote({ teamId, roundId, memberId: seeded.members['Bo']!, card: '13' });
    await b.api.removeMember({ teamId, memberId: seeded.members['Bo']! });
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
  return user;
}

describe('planning poker: a voter leaves the team mid-round', { timeout: 30_000 }, () => {
  it('counts only the votes of people still able to vote, so the count never exceeds the voters', async () => {
    await boLeavesMidRound();
    expect(await screen.findByRole('button', { name: /Reveal votes/ })).toHaveAccessibleName(
      'Reveal votes (1 of 1 voted)',
    );
  });

  it('leaves their vote out of the results, the median and the suggested estimate, and says so', async () => {
    const user = await boLeavesMidRound();
    await user.click(await screen.findByRole('button', { name: 'Reveal votes (1 of 1 voted)' }));
    const revealed = await screen.findByRole('list', { name: 'Revealed votes' });
    expect(
      within(revealed)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['3Ana']);
    expect(screen.getByText('Median').nextElementSibling).toHaveTextContent('3');
    expect(screen.getByText('Spread').nextElementSibling).toHaveTextContent('0');
    expect(screen.getByRole('button', { name: 'Accept 3' })).toBeInTheDocument();
    expect(screen.getByText('Not counted: 1 vote (13) by someone no longer on the team.')).toBeInTheDocument();
  });
});
