import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, type Seeded } from './seed';

// Every action writes the data file for real; on a busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

async function openPoker() {
  let seeded: Seeded | undefined;
  const backend = await renderApp('planning', async (b) => {
    seeded = await seedPlanning(b);
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
  if (!seeded) throw new Error('not seeded');
  return { seeded, backend, user };
}

describe('planning poker', { timeout: 30_000 }, () => {
  it('keeps votes hidden until Reveal, then shows stats and highlights both ends as outliers', async () => {
    const { user } = await openPoker();
    expect(screen.getByLabelText('Item to estimate')).toHaveDisplayValue(/Upgrade Postgres/);
    await user.click(screen.getByRole('button', { name: 'Start estimating' }));
    expect(await screen.findByRole('button', { name: /Reveal votes \(0 of 2 voted\)/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Ana votes 3' }));
    await user.click(screen.getByRole('button', { name: 'Bo votes 13' }));
    const voters = screen.getByRole('list', { name: 'Votes, hidden until reveal' });
    await waitFor(() => expect(within(voters).getAllByText('Voted (hidden)')).toHaveLength(2));
    expect(screen.queryByRole('list', { name: 'Revealed votes' })).not.toBeInTheDocument();
    expect(screen.getByText(/Round 1: voting \(2 hidden votes\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Reveal votes \(2 of 2 voted\)/ }));
    const revealed = await screen.findByRole('list', { name: 'Revealed votes' });
    const bo = within(revealed).getByText(/^Bo/).closest('li');
    const ana = within(revealed).getByText(/^Ana/).closest('li');
    // 3 to 13 spans five cards: the lowest and the highest both explain.
    expect(ana).toHaveClass('is-outlier');
    expect(bo).toHaveClass('is-outlier');
    expect(screen.getByText('Spread').nextElementSibling).toHaveTextContent('10 (3 to 13)');
    expect(screen.getByText('Median').nextElementSibling).toHaveTextContent('8');
    expect(screen.getByText('Mode').nextElementSibling).toHaveTextContent('No value repeats');
    expect(screen.getByText('Nearest card').nextElementSibling).toHaveTextContent('8');
    expect(screen.getByRole('button', { name: 'Accept 8' })).toBeInTheDocument();
  });

  it('votes by keyboard: one tab stop per voter, arrows between cards, digits combine, ? is unsure', async () => {
    const { user } = await openPoker();
    await user.click(screen.getByRole('button', { name: 'Start estimating' }));
    // Focus lands on the first card, not the page.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Ana votes 0' })).toHaveFocus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Ana votes 2' })).toHaveFocus();
    // 1 then 3 within a second: 13.
    await user.keyboard('13');
    expect(screen.getByRole('button', { name: 'Ana votes 13' })).toHaveFocus();
    const voters = screen.getByRole('list', { name: 'Votes, hidden until reveal' });
    await waitFor(() => expect(within(voters).getAllByText('Voted (hidden)')).toHaveLength(1));
    // Tab leaves Ana's cards for her Withdraw button, then Bo's cards: one stop each.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Withdraw Ana’s vote' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Bo votes 0' })).toHaveFocus();
    await user.keyboard('?');
    await waitFor(() => expect(within(voters).getAllByText('Voted (hidden)')).toHaveLength(2));

    // R reveals; focus goes to the results' heading.
    await user.keyboard('r');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Results of round 1' })).toHaveFocus());
    const revealed = screen.getByRole('list', { name: 'Revealed votes' });
    expect(within(revealed).getByText(/^Ana/).closest('li')).toHaveTextContent('13');
    expect(within(revealed).getByText(/^Bo/)).toHaveTextContent('Bo: Not sure (?)');

    // Accept: the next item to estimate (none is left unestimated here) — the item picker has the focus.
    await user.click(screen.getByRole('button', { name: 'Accept 13' }));
    await waitFor(() => expect(screen.getByLabelText('Item to estimate')).toHaveFocus());
  });

  it('re-votes, then accepts the estimate, saving it and keeping the history of rounds', async () => {
    const { user, backend, seeded } = await openPoker();
    await user.click(screen.getByRole('button', { name: 'Start estimating' }));
    await user.click(await screen.findByRole('button', { name: 'Ana votes 3' }));
    await user.click(screen.getByRole('button', { name: 'Bo votes 13' }));
    await user.click(await screen.findByRole('button', { name: /Reveal votes \(2 of 2 voted\)/ }));
    await user.click(await screen.findByRole('button', { name: 'Re-vote' }));
    expect(await screen.findByRole('button', { name: /Reveal votes \(0 of 2 voted\)/ })).toBeInTheDocument();
    expect(screen.getByText(/round 2/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ana votes 5' }));
    await user.click(screen.getByRole('button', { name: 'Bo votes Not sure (?)' }));
    await screen.findByRole('button', { name: /Reveal votes \(2 of 2 voted\)/ });
    // R reveals from the keyboard.
    await user.keyboard('r');
    // A special card reads as the person's vote, not as a bracket inside a bracket.
    const revealed = await screen.findByRole('list', { name: 'Revealed votes' });
    expect(within(revealed).getByText('Bo: Not sure (?)')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Accept 5' }));
    expect(await screen.findByText('Saved 5 points on “Upgrade Postgres”.')).toBeInTheDocument();

    const team = backend.store.snapshot().teams.find((t) => t.id === seeded.teamId);
    expect(team?.items.find((i) => i.id === seeded.items['Upgrade Postgres'])?.points).toBe(5);
    const history = screen.getByRole('region', { name: /Estimation history/ });
    expect(within(history).getByText(/Round 1: re-voted. Votes: Ana 3, Bo 13/)).toBeInTheDocument();
    expect(within(history).getByText(/^Round 2: accepted 5. Votes: Ana 5, Bo Not sure \(\?\)$/)).toBeInTheDocument();
  });
});

describe('planning poker: rounds left open', { timeout: 30_000 }, () => {
  it('offers an item moved to Done while its round votes, so its votes can be revealed', async () => {
    await renderApp('planning', async (b) => {
      const seeded = await seedPlanning(b);
      const { teamId } = seeded;
      const itemId = seeded.items['Patch kernels']!;
      const roundId = (await b.api.startEstimation({ teamId, itemId })).rounds[0]!.id;
      await b.api.castVote({ teamId, roundId, memberId: seeded.members['Ana']!, card: '5' });
      await b.api.updateItem({ teamId, itemId, changes: { status: 'done' } });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Estimate' }, { timeout: 10_000 }));
    const picker = screen.getByLabelText('Item to estimate');
    const open = within(picker).getByRole('group', { name: 'Round still open' });
    expect(within(open).getByRole('option', { name: 'Patch kernels (done)' })).toBeInTheDocument();
    await user.selectOptions(picker, 'Patch kernels (done)');
    await user.click(await screen.findByRole('button', { name: /Reveal votes \(1 of 2 voted\)/ }));
    const revealed = await screen.findByRole('list', { name: 'Revealed votes' });
    expect(within(revealed).getByText(/^Ana/).closest('li')).toHaveTextContent('5');
  });

  it('shows the deck a round started with after the team changes its scale', async () => {
    await renderApp('planning', async (b) => {
      const seeded = await seedPlanning(b);
      const { teamId } = seeded;
      await b.api.startEstimation({ teamId, itemId: seeded.items['Upgrade Postgres']! });
      await b.api.updateTeamSettings({ teamId, settings: { pointScale: 'tshirt' } });
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Estimate Upgrade Postgres' }, { timeout: 10_000 }));
    await user.click(await screen.findByRole('button', { name: 'Ana votes 21' }));
    expect(screen.queryByRole('button', { name: 'Ana votes M' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bo votes 13' }));
    await user.click(await screen.findByRole('button', { name: /Reveal votes \(2 of 2 voted\)/ }));
    expect(await screen.findByRole('button', { name: 'Accept 21' })).toBeInTheDocument();
  });
});
