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

async function openStandupTab() {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
  return user;
}

describe('the focus after working through blockers and parked topics', { timeout: 20_000 }, () => {
  it('goes to the next open blocker’s Resolve, then the one before, then Add blocker', async () => {
    const doc = boardTeam();
    await renderApp(
      'standup',
      seedWith({
        ...doc,
        blockers: [blocker('b1', 'Vendor VPN down'), blocker('b2', 'HSM not shipped'), blocker('b3', 'No DNS access')],
      }),
    );
    const user = await openStandupTab();
    await user.click(screen.getByRole('button', { name: 'Resolve HSM not shipped' }));
    await screen.findByRole('region', { name: 'Open blockers (2)' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resolve No DNS access' })).toHaveFocus());
    // From the keyboard: Enter on the focused Resolve, and the focus moves on again (to the one before: none after).
    await user.keyboard('{Enter}');
    await screen.findByRole('region', { name: 'Open blockers (1)' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resolve Vendor VPN down' })).toHaveFocus());
    await user.keyboard('{Enter}');
    const panel = await screen.findByRole('region', { name: 'Open blockers (0)' });
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Add blocker' })).toHaveFocus());
  });

  it('follows a reopened blocker to its Resolve, in the open blockers', async () => {
    const doc = boardTeam();
    await renderApp(
      'standup',
      seedWith({ ...doc, blockers: [{ ...blocker('b1', 'Vendor VPN down'), resolvedAt: '2026-11-09T09:30:00.000Z' }] }),
    );
    const user = await openStandupTab();
    const panel = screen.getByRole('region', { name: 'Open blockers (0)' });
    await user.click(within(panel).getByText('Recently resolved (1)'));
    await user.click(within(panel).getByRole('button', { name: 'Reopen Vendor VPN down' }));
    await screen.findByRole('region', { name: 'Open blockers (1)' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Resolve Vendor VPN down' })).toHaveFocus());
  });

  it('goes to the next parked topic’s Discussed, else to the parking lot', async () => {
    const doc = boardTeam();
    await renderApp(
      'standup',
      seedWith({ ...doc, parkingLot: [topic('t1', 'Paging policy for weekends'), topic('t2', 'Runbook owners')] }),
    );
    const user = await openStandupTab();
    await user.click(screen.getByRole('button', { name: 'Discussed Paging policy for weekends' }));
    await screen.findByRole('region', { name: 'Parking lot (1)' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Discussed Runbook owners' })).toHaveFocus());
    await user.keyboard('{Enter}');
    const lot = await screen.findByRole('region', { name: 'Parking lot (0)' });
    await waitFor(() => expect(within(lot).getByRole('heading', { name: 'Parking lot (0)' })).toHaveFocus());
  });
});
