import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../../renderer/store';
import { item } from '../../helpers/fixtures';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('a note opened at the walk’s "No owner" stop', { timeout: 30_000 }, () => {
  it('stays the team’s when the floor moves on to a late arrival before Save', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const sprintId = doc.sprints[0]!.id;
    doc.items.push(item('Renew the wildcard certificate', { sprintId, points: 2 }));
    const bo = doc.members.find((m) => m.name === 'Bo')!;
    const backend = await renderApp('standup', seedWith(doc));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    // Bo is not in yet: Ada speaks alone, then the walk stops at the card with no owner.
    await user.click(screen.getByRole('checkbox', { name: 'Bo' }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.keyboard('n');
    await screen.findByRole('heading', { level: 3, name: 'No owner' });

    await user.click(screen.getByRole('button', { name: /^Note update/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Note an update' }));
    // Nobody has the floor: the field says whose update it is, as the note's Edit does.
    await user.type(dialog.getByLabelText('Update for the team (outcome, not activity)'), 'Cem renews the certificate');

    // Meanwhile, on the co-facilitator's laptop, Bo walks in and is given the floor.
    const standupId = backend.store.snapshot().teams[0]?.standups[0]?.id ?? '';
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'arrived', memberId: bo.id } });
    await backend.api.controlStandup({ teamId: doc.id, standupId, action: { kind: 'next' } });
    useAppStore.getState().applyEvent({ type: 'team-changed', teamId: doc.id });
    await screen.findByRole('heading', { level: 3, name: 'Bo' });

    await user.click(dialog.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const notes = backend.store.snapshot().teams[0]?.standups[0]?.notes ?? [];
    // Noted at the stop, where nobody had the floor: the team's, not Bo's.
    expect(notes.map((n) => [n.memberId, n.text])).toEqual([[null, 'Cem renews the certificate']]);
  });
});
