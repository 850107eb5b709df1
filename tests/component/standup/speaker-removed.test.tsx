import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('the running standup when the speaker leaves the team', { timeout: 20_000 }, () => {
  it('still names the speaker, walks their cards, notes their update, and moves on', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada] = doc.members;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    // Another writer (a teammate's synced change) removes Ada while she speaks.
    await backend.api.removeMember({ teamId: doc.id, memberId: ada!.id });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await waitFor(() => expect(useAppStore.getState().team?.members.map((m) => m.name)).toEqual(['Bo']));

    const walk = screen.getByRole('region', { name: 'Walk the board: Ada’s cards' });
    expect(within(walk).getByText('Patch the bastion hosts')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Note update/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('Update from Ada (outcome, not activity)'), 'Bastions patched');
    await user.click(dialog.getByRole('button', { name: 'Save note' }));
    const noted = await screen.findByRole('region', { name: 'Updates noted' });
    expect(within(noted).getByRole('listitem')).toHaveTextContent('Ada: Bastions patched');

    await user.click(screen.getByRole('button', { name: /^Next speaker/ }));
    expect(await screen.findByRole('heading', { level: 3, name: 'Bo' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Walk the board: Bo’s cards' })).toBeInTheDocument();
  });
});
