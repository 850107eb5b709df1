import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { addCards, GROUP_CARDS, renderRetro } from './seed';

// The first render loads the lazy screen; a shared 2-core machine can be slow.
vi.setConfig({ testTimeout: 40_000 });

describe('vote phase budget line', () => {
  it('never shows fewer than 0 votes left once the team lowers the budget under what someone placed', async () => {
    await renderRetro('vote', {
      prepare: async (x) => {
        const r = await addCards(x, GROUP_CARDS);
        await x.backend.api.castRetroVotes({
          teamId: x.teamId,
          retroId: x.retroId,
          voterId: x.members.ana,
          targetId: r.cards[0]!.id,
          delta: 3,
        });
      },
    });
    const user = userEvent.setup();
    await screen.findByText('Ana has 2 of 5 votes left · at most 3 per card', {}, { timeout: 5000 });
    const perPerson = screen.getByLabelText('Votes per person');
    await user.clear(perPerson);
    await user.type(perPerson, '2');
    await user.click(screen.getByRole('button', { name: 'Save voting rules' }));
    await screen.findByText('Ana has 1 vote too many for the limit of 2: remove it · at most 3 per card');
    expect(screen.queryByText(/-\d+ of/)).toBeNull();
  });

  it('enters votes for a member still in the team after the one picked is removed', async () => {
    const s = await renderRetro('vote', { prepare: (x) => addCards(x, GROUP_CARDS).then(() => undefined) });
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Entering votes for', {}, { timeout: 5000 }), s.members.bo);
    await screen.findByText('Bo has 5 of 5 votes left · at most 3 per card');
    // Bo is removed elsewhere (another window, a sync) while the vote is on screen.
    await s.backend.api.removeMember({ teamId: s.teamId, memberId: s.members.bo });
    await act(() => useAppStore.getState().loadTeams());
    await screen.findByText('Ana has 5 of 5 votes left · at most 3 per card');
    expect(screen.getByLabelText('Entering votes for')).toHaveDisplayValue('Ana (0/5)');
    await user.click(screen.getByRole('button', { name: 'Add vote to DNS outage' }));
    await waitFor(() =>
      expect(s.retro().votes).toEqual([{ voterId: s.members.ana, targetId: expect.any(String), count: 1 }]),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
