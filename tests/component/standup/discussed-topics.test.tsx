import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { boardTeam, seedWith } from './seed';

const topic = (id: string, text: string, closedAt: string | null = null) => ({
  id,
  text,
  stayIds: [],
  raisedAt: '2026-11-26T09:10:00.000Z',
  closedAt,
  sprintId: null,
  standupId: null,
});

describe('the parked topics discussed today', { timeout: 20_000 }, () => {
  it('lists a topic marked discussed, and Reopen puts it back in the parking lot with the focus on it', async () => {
    const doc = boardTeam();
    await renderApp(
      'standup',
      seedWith({
        ...doc,
        parkingLot: [
          topic('t1', 'Paging policy for weekends'),
          topic('t2', 'Runbook owners'),
          // Discussed long ago: not today's.
          topic('t0', 'Old capacity question', '2025-01-10T10:00:00.000Z'),
        ],
      }),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('tab', { name: /Standup timer/ }, { timeout: 10_000 }));
    await user.click(screen.getByRole('button', { name: 'Discussed Paging policy for weekends' }));
    const lot = await screen.findByRole('region', { name: 'Parking lot (1)' });
    const discussed = await within(lot).findByRole('list', { name: 'Discussed today (1)' });
    expect(within(discussed).getByText('Paging policy for weekends')).toBeVisible();
    expect(within(lot).queryByText('Old capacity question')).toBeNull();

    await user.click(within(discussed).getByRole('button', { name: 'Reopen Paging policy for weekends' }));
    await screen.findByRole('region', { name: 'Parking lot (2)' });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Discussed Paging policy for weekends' })).toHaveFocus(),
    );
    expect(screen.queryByRole('list', { name: /Discussed today/ })).toBeNull();
  });
});
