import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** A removed calendar entry takes its Remove button with it: the focus goes on down the list, not to the page. */
describe('focus after removing a calendar entry', { timeout: 30_000 }, () => {
  it('goes to the next entry, the one before at the end, then the list’s heading', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, members } = await seedPlanning(b);
      const range = { memberId: members.Ana!, startDate: '2026-11-03', endDate: '2026-11-05' };
      await b.api.addTimeOff({ teamId, sprintId, range });
      await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const off = screen.getByRole('region', { name: 'Time off' });
    const removeOff = (day: string) => within(off).getByRole('button', { name: `Remove Ana off ${day}` });

    await user.click(removeOff('Tue 3 Nov'));
    await waitFor(() => expect(removeOff('Wed 4 Nov')).toHaveFocus());
    await user.click(removeOff('Thu 5 Nov'));
    await waitFor(() => expect(removeOff('Wed 4 Nov')).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(off).getByRole('heading', { name: 'Time off' })).toHaveFocus());

    const holidays = screen.getByRole('region', { name: 'Team holidays' });
    await user.click(within(holidays).getByRole('button', { name: /^Remove .*Armistice Day/ }));
    await waitFor(() => expect(within(holidays).getByRole('heading', { name: 'Team holidays' })).toHaveFocus());
  });
});
