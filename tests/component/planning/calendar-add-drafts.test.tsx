import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** The add forms hide while an entry is edited; what was typed into them is there again when the edit ends. */
describe("the team calendar's add forms", { timeout: 30_000 }, () => {
  it('keep a half-typed change window and holiday through the edit of a holiday', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId } = await seedPlanning(b);
      await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const holidays = screen.getByRole('region', { name: 'Team holidays' });
    const windows = screen.getByRole('region', { name: 'Change windows and freezes' });
    await user.type(within(windows).getByLabelText('Window name'), 'Thu prod window');
    await user.selectOptions(within(windows).getByLabelText('Kind'), 'freeze');
    await user.type(within(holidays).getByLabelText('Holiday name'), 'Founders');

    await user.click(within(holidays).getByRole('button', { name: /^Edit Holiday · Armistice Day/ }));
    await waitFor(() => expect(within(holidays).getByLabelText('Holiday date')).toHaveFocus());
    await user.click(within(holidays).getByRole('button', { name: 'Cancel' }));

    expect(await within(windows).findByLabelText('Window name')).toHaveValue('Thu prod window');
    expect(within(windows).getByLabelText('Kind')).toHaveValue('freeze');
    expect(within(holidays).getByLabelText('Holiday name')).toHaveValue('Founders');
  });
});
