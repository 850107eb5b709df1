import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { item } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Ada and Bo's sprint, with one card with no owner; the standup started, Ada speaking. */
async function started() {
  const user = userEvent.setup({ delay: null });
  const doc = boardTeam();
  const sprintId = doc.sprints[0]!.id;
  doc.items.push(item('Renew the wildcard certificate', { sprintId, points: 2 }));
  const backend = await renderApp('standup', seedWith(doc));
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  await user.click(screen.getByRole('button', { name: 'Start standup' }));
  await screen.findByRole('heading', { level: 3, name: 'Ada' });
  return { user, doc, backend };
}

const walk = () => screen.getByRole('region', { name: /^Walk the board/ });

describe('walking the board by owner', { timeout: 30_000 }, () => {
  it('comes last to the cards with no owner, named so, and N from there ends the standup', async () => {
    const { user, doc, backend } = await started();
    // Nobody speaks for that card: no turn ever shows it.
    expect(within(walk()).queryByText('Renew the wildcard certificate')).toBeNull();
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    expect(within(walk()).queryByText('Renew the wildcard certificate')).toBeNull();
    // Bo is the last speaker, but the walk goes on: the timer says where.
    expect(screen.getByText('Cards with no owner')).toBeInTheDocument();

    await user.keyboard('n');
    expect(await screen.findByRole('heading', { level: 3, name: 'No owner' })).toBeInTheDocument();
    const stop = screen.getByRole('region', { name: 'Walk the board: No owner' });
    expect(within(stop).getByText('Renew the wildcard certificate')).toBeInTheDocument();
    expect(within(stop).queryByText('Patch the bastion hosts')).toBeNull();
    // Nobody has the floor: no speaker's clock, nobody to skip or give time to.
    expect(screen.queryByRole('timer', { name: 'Time left for this speaker' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Skip/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Add 30 s/ })).toBeNull();
    expect((await backend.api.getTeam({ teamId: doc.id })).standups[0]?.state).toBe('running');

    // The card moves as on any stop of the walk.
    await user.click(within(stop).getByRole('button', { name: 'Move Renew the wildcard certificate to In progress' }));
    await waitFor(async () =>
      expect(
        (await backend.api.getTeam({ teamId: doc.id })).items.find((i) => i.title === 'Renew the wildcard certificate')
          ?.status,
      ).toBe('in_progress'),
    );

    await user.keyboard('n');
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('row', { name: /Bo Spoke/ })).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).standups[0]?.state).toBe('ended');
  });

  it('keeps the focus on the button pressed: Next speaker becomes End standup at the last stop', async () => {
    const { user } = await started();
    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    await screen.findByRole('heading', { level: 3, name: 'No owner' });
    const end = screen.getByRole('button', { name: /^End standup/ });
    // One button ends it, and it is the one the focus was on.
    expect(screen.getAllByRole('button', { name: /^End standup/ })).toHaveLength(1);
    await waitFor(() => expect(end).toHaveFocus());
    await user.click(end);
    await screen.findByRole('region', { name: 'Last standup summary' });
  });

  it('is not the next stop again after a turn given there to someone who arrived late', async () => {
    const { user } = await started();
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    // Bo steps out when called: skipped, the walk comes to the cards with no owner.
    await user.keyboard('s');
    await screen.findByRole('heading', { level: 3, name: 'No owner' });
    // He is back while the team looks at them, and is given his turn.
    await user.click(screen.getByRole('button', { name: 'Bo arrived: back in the queue' }));
    await user.click(await screen.findByRole('button', { name: /^Next speaker/ }));
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    // Those cards were walked already: after Bo the standup ends, and the timer says so.
    expect(screen.queryByText('Cards with no owner')).toBeNull();
    expect(screen.getByText('Nobody — last speaker')).toBeInTheDocument();
    await user.keyboard('n');
    expect(await screen.findByRole('region', { name: 'Last standup summary' })).toBeInTheDocument();
  });
});
