import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const blocker = (id: string, text: string) => ({
  id,
  text,
  ownerId: null,
  raisedAt: '2026-11-03T09:30:00.000Z',
  resolvedAt: null,
  sprintId: null,
  standupId: null,
});

const topic = (id: string, text: string) => ({
  id,
  text,
  stayIds: [],
  raisedAt: '2026-11-26T09:10:00.000Z',
  closedAt: null,
  sprintId: null,
  standupId: null,
});

const notifications = () => screen.getByRole('region', { name: 'Notifications' });

describe('an Undo toast once its change was undone another way', { timeout: 20_000 }, () => {
  it('a parked topic reopened from "Discussed today" takes the toast\'s Undo away', async () => {
    const doc = boardTeam();
    await renderApp('standup', seedWith({ ...doc, parkingLot: [topic('t1', 'Paging policy for weekends')] }));
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Discussed Paging policy for weekends' }));
    await within(notifications()).findByRole('button', { name: 'Undo discussed' });

    const discussed = await screen.findByRole('list', { name: 'Discussed today (1)' });
    await user.click(within(discussed).getByRole('button', { name: 'Reopen Paging policy for weekends' }));
    await screen.findByRole('region', { name: 'Parking lot (1)' });
    await waitFor(() => expect(within(notifications()).queryByRole('button', { name: 'Undo discussed' })).toBeNull());
    expect(notifications()).not.toHaveTextContent(/not marked as discussed/);
  });

  it('a blocker reopened from "Recently resolved" takes its own toast\'s Undo away, not another one\'s', async () => {
    const doc = boardTeam();
    await renderApp(
      'standup',
      seedWith({ ...doc, blockers: [blocker('b1', 'Vendor VPN down'), blocker('b2', 'Quota request pending')] }),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Resolve Vendor VPN down' }));
    await within(notifications()).findByText('Resolved “Vendor VPN down”.');
    await user.click(screen.getByRole('button', { name: 'Resolve Quota request pending' }));
    await within(notifications()).findByText('Resolved “Quota request pending”.');

    // The newest toast (Quota) is on show; Vendor's waits behind it. Reopen Quota from the list.
    const panel = screen.getByRole('region', { name: 'Open blockers (0)' });
    await user.click(within(panel).getByText('Recently resolved (2)'));
    await user.click(within(panel).getByRole('button', { name: 'Reopen Quota request pending' }));
    await screen.findByRole('region', { name: 'Open blockers (1)' });
    // Quota's toast is gone; Vendor's, still undoable, shows again and its Undo still works.
    await within(notifications()).findByText('Resolved “Vendor VPN down”.');
    expect(within(notifications()).queryByText('Resolved “Quota request pending”.')).toBeNull();
    await user.click(within(notifications()).getByRole('button', { name: 'Undo resolve' }));
    await screen.findByRole('region', { name: 'Open blockers (2)' });
    expect(notifications()).not.toHaveTextContent(/not resolved|not marked/);
  });
});
