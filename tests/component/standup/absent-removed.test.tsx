import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('starting a standup after someone marked absent left the team', { timeout: 20_000 }, () => {
  it('starts with the people still on the team, without a reload', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada, bo] = doc.members;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const presence = screen.getByRole('group', { name: /Who is here today/ });
    await user.click(within(presence).getByRole('checkbox', { name: bo!.name }));

    // Another writer (a teammate's synced change) removes Bo while the form is open.
    await backend.api.removeMember({ teamId: doc.id, memberId: bo!.id });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(within(presence).queryByRole('checkbox', { name: bo!.name })).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    expect(await screen.findByRole('heading', { level: 3, name: ada!.name })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
