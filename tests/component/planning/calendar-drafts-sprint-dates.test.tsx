import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The Calendar tab was drawn anew whenever the sprint's dates changed (Edit sprint), so that its forms would start on
 * the new first day; what was typed into its add forms went with it, without a word. What was typed stays; what was
 * not follows the new dates.
 */
describe("the Calendar tab's add forms when Edit sprint changes the dates", { timeout: 30_000 }, () => {
  it('keep what was typed, and start their untouched dates on the new first day', async () => {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
    });
    if (!seeded) throw new Error('not seeded');
    const { teamId } = seeded;
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const off = () => screen.getByRole('region', { name: 'Time off' });
    const holidays = () => screen.getByRole('region', { name: 'Team holidays' });
    const windows = () => screen.getByRole('region', { name: 'Change windows and freezes' });
    await user.selectOptions(within(off()).getByLabelText('Member'), 'Bo');
    await user.type(within(holidays()).getByLabelText('Holiday name'), 'Founders Day');
    await user.type(within(windows()).getByLabelText('Window name'), 'Thu prod window');

    // The sprint moves a day later and a day longer.
    await user.click(screen.getByRole('button', { name: 'Edit sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' });
    await user.clear(within(dialog).getByLabelText('Start date'));
    await user.type(within(dialog).getByLabelText('Start date'), '2026-11-03');
    await user.clear(within(dialog).getByLabelText('End date'));
    await user.type(within(dialog).getByLabelText('End date'), '2026-11-16');
    await user.click(within(dialog).getByRole('button', { name: 'Save sprint' }));
    await waitFor(() => expect(teamOf(backend, teamId)?.sprints[0]?.startDate).toBe('2026-11-03'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(within(off()).getByLabelText('Member')).toHaveDisplayValue('Bo');
    expect(within(off()).getByLabelText('From')).toHaveValue('2026-11-03');
    expect(within(off()).getByLabelText('To')).toHaveValue('2026-11-03');
    expect(within(holidays()).getByLabelText('Holiday name')).toHaveValue('Founders Day');
    expect(within(holidays()).getByLabelText('Holiday date')).toHaveValue('2026-11-03');
    expect(within(windows()).getByLabelText('Window name')).toHaveValue('Thu prod window');
    expect(within(windows()).getByLabelText('Starts (UTC)')).toHaveValue('2026-11-03T22:00');
  });

  it('an entry being edited that the new dates leave out closes, and the add forms come back', async () => {
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId } = seeded;
      await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    });
    if (!seeded) throw new Error('not seeded');
    const { teamId } = seeded;
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Calendar' }, { timeout: 10_000 }));
    const holidays = () => screen.getByRole('region', { name: 'Team holidays' });
    await user.click(within(holidays()).getByRole('button', { name: /^Edit Holiday · Armistice Day/ }));
    await waitFor(() => expect(within(holidays()).getByLabelText('Holiday date')).toHaveFocus());
    expect(within(holidays()).queryByRole('button', { name: 'Add holiday' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Edit sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Sprint 1' });
    await user.clear(within(dialog).getByLabelText('End date'));
    await user.type(within(dialog).getByLabelText('End date'), '2026-11-10');
    await user.click(within(dialog).getByRole('button', { name: 'Save sprint' }));
    await waitFor(() => expect(teamOf(backend, teamId)?.sprints[0]?.endDate).toBe('2026-11-10'));

    expect(await within(holidays()).findByRole('button', { name: 'Add holiday' })).toBeInTheDocument();
    expect(within(holidays()).getByText('No holidays in this sprint.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Change windows and freezes' })).toContainElement(
      screen.getByRole('button', { name: 'Add window' }),
    );
  });
});
