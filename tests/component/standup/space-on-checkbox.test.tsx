import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeRoom } from '../room/fake-room';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

describe('Space while the standup runs', { timeout: 20_000 }, () => {
  it('ticks a focused checkbox (the room’s "Let guests join by name"), and does not pause the standup', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith(doc), { room: fakeRoom() });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });
    await user.click(screen.getByRole('button', { name: 'Invite the room' }));
    const guests = await screen.findByRole('checkbox', { name: 'Let guests join by name' });
    guests.focus();
    await user.keyboard(' ');
    expect(await screen.findByRole('checkbox', { name: 'Let guests join by name', checked: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Pause/ })).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).standups[0]?.timer.pausedAt).toBeNull();
  });
});
