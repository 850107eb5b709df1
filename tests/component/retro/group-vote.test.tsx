import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

const CARDS = GROUP_CARDS;

describe('group phase', () => {
  it('groups with the keyboard/button way, titles, merges and ungroups', async () => {
    const s = await renderRetro('group', { prepare: (x) => addCards(x, CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByLabelText('Group “CPU alert flaps” with', {}, { timeout: 5000 }),
      'Disk alerts are noise',
    );
    await user.click(screen.getByRole('button', { name: 'Group “CPU alert flaps”' }));
    await waitFor(() => expect(s.retro().groups).toHaveLength(1));
    const title = await screen.findByLabelText('Group title');
    await user.type(title, 'Noisy alerts{Enter}');
    await waitFor(() => expect(s.retro().groups[0]?.title).toBe('Noisy alerts'));
    await screen.findByRole('listitem', { name: 'Group: Noisy alerts' });

    await user.selectOptions(screen.getByLabelText('Group “Pager storm” with'), 'DNS outage');
    await user.click(screen.getByRole('button', { name: 'Group “Pager storm”' }));
    await waitFor(() => expect(s.retro().groups).toHaveLength(2));
    const other = s.retro().groups.find((g) => g.title === '')!;
    await user.selectOptions(await screen.findByLabelText('Merge group “DNS outage” into'), 'Noisy alerts');
    const merge = within(screen.getByRole('listitem', { name: 'Group: DNS outage' })).getByRole('button', {
      name: 'Merge group “DNS outage”',
    });
    await user.click(merge);
    await waitFor(() => expect(s.retro().groups.map((g) => g.title)).toEqual(['Noisy alerts']));
    expect(s.retro().groups.some((g) => g.id === other.id)).toBe(false);
    expect(s.retro().cards.every((c) => c.groupId === s.retro().groups[0]!.id)).toBe(true);

    // Wait until the screen shows the merge too, so the Ungroup button clicked is the one that stays mounted.
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Group: DNS outage' })).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Ungroup “Pager storm”' }));
    await waitFor(() => expect(s.retro().cards.find((c) => c.text === 'Pager storm')?.groupId).toBeNull());
  });
});

describe('vote phase', () => {
  it('enters votes per person, refuses over the cap, hides totals until the end, then sorts', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card', {}, { timeout: 5000 });
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Add vote to DNS outage' }));
    await screen.findByText('Ana has 2 of 5 votes left · at most 3 per card');
    await user.click(screen.getByRole('button', { name: 'Add vote to DNS outage' }));
    expect(await screen.findByText('At most 3 votes per person on one card or group.')).toBeInTheDocument();
    expect(s.retro().votes).toEqual([{ voterId: s.members.ana, targetId: expect.any(String), count: 3 }]);

    await user.selectOptions(screen.getByLabelText('Entering votes for'), s.members.bo);
    await screen.findByText('Bo has 5 of 5 votes left · at most 3 per card');
    await user.click(screen.getByRole('button', { name: 'Add vote to Pager storm' }));
    await user.click(screen.getByRole('button', { name: 'Add vote to Disk alerts are noise' }));
    await user.click(screen.getByRole('button', { name: 'Add vote to Disk alerts are noise' }));
    await screen.findByText('Bo has 2 of 5 votes left · at most 3 per card');
    await user.click(screen.getByRole('button', { name: 'Remove vote from Pager storm' }));
    await screen.findByText('Bo has 3 of 5 votes left · at most 3 per card');
    expect(screen.queryByRole('list', { name: /ranked/i })).toBeNull();
    expect(document.querySelector('.ranked')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'End voting and show results' }));
    await waitFor(() => expect(document.querySelectorAll('.ranked__item')).toHaveLength(4));
    const order = [...document.querySelectorAll('.ranked__item')].map((li) => li.textContent);
    expect(order).toEqual(['3DNS outage', '2Disk alerts are noise', '0CPU alert flaps', '0Pager storm']);
    expect(s.retro().votingClosed).toBe(true);
  });

  it('with 0 votes per person, says voting is off', async () => {
    await renderRetro('vote', {
      prepare: async (x) => {
        await x.backend.api.updateTeamSettings({ teamId: x.teamId, settings: { retroVotesPerPerson: 0 } });
      },
    });
    expect(await screen.findByText(/Voting is off for this team/)).toBeInTheDocument();
  });
});
