import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

/** Someone renamed during the standup (a typo fixed on the Team screen, a synced change) is shown by the new name. */
describe('the running standup when a speaker is renamed', { timeout: 20_000 }, () => {
  it('names them by their new name on the timer, as "Next", and in the summary', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada, bo] = doc.members;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    for (const [m, name] of [
      [ada!, 'Adaeze'],
      [bo!, 'Bodil'],
    ] as const) {
      await backend.api.updateMember({ teamId: doc.id, memberId: m.id, member: { name } });
    }
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(useAppStore.getState().team?.members.map((m) => m.name)).toEqual(['Adaeze', 'Bodil']));

    const timer = screen.getByRole('region', { name: 'Adaeze' });
    expect(within(timer).getByText('Bodil')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    // As the facilitator does: Next again once Bodil has the floor (a press before that is Adaeze's, and ignored).
    await screen.findByRole('heading', { level: 3, name: 'Bodil' });
    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    const summary = await screen.findByRole('region', { name: 'Last standup summary' });
    expect(within(summary).getByRole('rowheader', { name: 'Adaeze' })).toBeInTheDocument();
    expect(within(summary).queryByText('Ada')).toBeNull();
  });
});
