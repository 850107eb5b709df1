import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the running standup when someone still waiting leaves the team', { timeout: 20_000 }, () => {
  it('no longer lists or calls them', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [, bo] = doc.members;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    const timer = await screen.findByRole('region', { name: 'Ada' });
    expect(within(timer).getByText('Bo')).toBeInTheDocument();

    // Another writer (a teammate's synced change) removes Bo while Ada speaks.
    await backend.api.removeMember({ teamId: doc.id, memberId: bo!.id });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(useAppStore.getState().team?.members.map((m) => m.name)).toEqual(['Ada']));

    // Nobody else is called, but Bo's card (in review) is still open work nobody on the team owns now: the walk
    // goes on to it after Ada, at the "No owner" stop, rather than leave it undiscussed.
    expect(within(timer).getByText('Cards with no owner')).toBeInTheDocument();
    const queue = screen.getByRole('list', { name: 'Speaking order' });
    expect(
      within(queue)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ada — Speaking now']);

    // Nobody is left waiting: End asks nothing, and the summary has Ada's turn alone.
    await user.click(screen.getByRole('button', { name: /^End standup/ }));
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('rowheader', { name: 'Ada' })).toBeInTheDocument();
    expect(within(summary).queryByRole('rowheader', { name: 'Bo' })).toBeNull();
  });
});
