import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the running standup when someone joins the team', { timeout: 20_000 }, () => {
  it('gives them a turn at the end of the queue, counted in "1 of 3"', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    // Cy is added to the team (here, or a teammate's synced change) while Ada speaks.
    await backend.api.addMember({
      teamId: doc.id,
      member: { name: 'Cy', role: '', hoursPerDay: 6, takesOnCall: true },
    });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(useAppStore.getState().team?.members.map((m) => m.name)).toEqual(['Ada', 'Bo', 'Cy']));

    const timer = screen.getByRole('region', { name: 'Ada' });
    expect(within(timer).getByText(/^Speaking now/)).toHaveTextContent('Speaking now · 1 of 3');

    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    expect(screen.getByText(/^Speaking now/)).toHaveTextContent('Speaking now · 2 of 3');
    expect(screen.getByText('Next').nextElementSibling).toHaveTextContent('Cy');

    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Cy' })).toBeInTheDocument();
    expect(screen.getByText(/^Speaking now/)).toHaveTextContent('Speaking now · 3 of 3');
  });
});
