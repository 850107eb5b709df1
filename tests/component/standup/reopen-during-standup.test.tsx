import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const BLOCKER = {
  id: 'blocker-1',
  text: 'Vendor VPN down',
  ownerId: null,
  raisedAt: '2026-11-24T09:10:00.000Z',
  resolvedAt: '2026-11-25T09:20:00.000Z',
  sprintId: null,
  standupId: null,
};

describe('a blocker resolved too soon, while a standup runs', { timeout: 20_000 }, () => {
  it('is reopened from Recently resolved with the focus on it, and the standup runs on', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith({ ...doc, blockers: [BLOCKER] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Start standup' }));
    await screen.findByRole('heading', { level: 3, name: 'Ada' });

    // Ada says the VPN is down again: the blocker resolved yesterday is reopened, the standup runs on.
    const panel = screen.getByRole('region', { name: 'Open blockers (0)' });
    await user.click(within(panel).getByText('Recently resolved (1)'));
    await user.click(within(panel).getByRole('button', { name: 'Reopen Vendor VPN down' }));
    const open = await screen.findByRole('region', { name: 'Open blockers (1)' });
    await waitFor(() => expect(within(open).getByRole('button', { name: 'Resolve Vendor VPN down' })).toHaveFocus());
    expect(screen.getByRole('heading', { level: 3, name: 'Ada' })).toBeInTheDocument();
    expect((await backend.api.getTeam({ teamId: doc.id })).blockers[0]?.resolvedAt).toBeNull();
  });
});
