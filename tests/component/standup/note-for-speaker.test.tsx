import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('an update noted while the standup moves on in another window', { timeout: 20_000 }, () => {
  it('is saved for the person the dialog named, not for whoever has the floor by then', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const [ada] = doc.members;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    await user.click(screen.getByRole('button', { name: /^Note update/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Note an update' }));
    await user.type(dialog.getByLabelText('Update from Ada (outcome, not activity)'), 'Bastions patched');

    // Meanwhile the co-facilitator's window passes the floor to Bo.
    const standupId = backend.store.snapshot().teams[0]?.standups[0]?.id ?? '';
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'next' } });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('heading', { level: 3, name: 'Bo' });
    expect(dialog.getByLabelText('Update from Ada (outcome, not activity)')).toHaveValue('Bastions patched');

    await user.click(dialog.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const notes = backend.store.snapshot().teams[0]?.standups[0]?.notes ?? [];
    expect(notes.map((n) => [n.memberId, n.text])).toEqual([[ada?.id, 'Bastions patched']]);
    const noted = await screen.findByRole('region', { name: 'Updates noted' });
    expect(within(noted).getByRole('listitem')).toHaveTextContent('Ada: Bastions patched');
  });
});
