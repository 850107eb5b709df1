import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { holdCalls } from '../api-calls';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const BLOCKER = {
  id: 'blocker-1',
  text: 'Vendor VPN down',
  ownerId: null,
  raisedAt: '2026-11-24T09:10:00.000Z',
  resolvedAt: null,
  sprintId: null,
  standupId: null,
};
const TOPIC = {
  id: 'topic-1',
  text: 'Alert noise from the new LB',
  stayIds: [],
  raisedAt: '2026-11-24T09:12:00.000Z',
  closedAt: null,
  sprintId: null,
  standupId: null,
};

/** A press while the first one's answer is on its way is the same press: it sends nothing, and says nothing. */
describe('a double click on Resolve or Discussed', { timeout: 30_000 }, () => {
  it('resolves the blocker once, with no error', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith({ ...doc, blockers: [BLOCKER] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const held = holdCalls(backend, 'resolveBlocker');
    try {
      await user.dblClick(await screen.findByRole('button', { name: 'Resolve Vendor VPN down' }));
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await screen.findByRole('region', { name: 'Open blockers (0)' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notifications' })).queryByText(/already/i)).toBeNull();
  });

  it('marks the topic discussed once, with no error', async () => {
    const user = userEvent.setup({ delay: null });
    const doc = boardTeam();
    const backend = await renderApp('standup', seedWith({ ...doc, parkingLot: [TOPIC] }));
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    const held = holdCalls(backend, 'closeParkingTopic');
    try {
      await user.dblClick(await screen.findByRole('button', { name: /^Discussed/ }));
      expect(held.calls).toBe(1);
    } finally {
      held.release();
    }
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Discussed/ })).not.toBeInTheDocument());
    expect(within(screen.getByRole('region', { name: 'Notifications' })).queryByText(/already/i)).toBeNull();
  });
});
