import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { seedPlanning, teamOf, type Seeded } from './seed';
import { renderApp } from '../render-app';

configure({ asyncUtilTimeout: 5000 });

/** The seeded Sprint 1 runs Mon 2 Nov – Fri 13 Nov 2026; on Wed 4 Nov two of its ten working days are gone. */
describe('starting a planned sprint whose dates have begun to pass', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says so, and offers its dates from today, then comes back to Start', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-04T09:00:00.000Z'));
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      await b.api.planItem({
        teamId: seeded.teamId,
        sprintId: seeded.sprintId,
        itemId: seeded.items['Rotate certificates']!,
      });
    });
    await user.click(await screen.findByRole('button', { name: 'Start sprint' }, { timeout: 10_000 }));
    const start = screen.getByRole('dialog', { name: 'Start Sprint 1' });
    expect(start).toHaveTextContent(
      'Sprint 1 was to start on Mon 2 Nov: 2 of its 10 working days have passed. Started on these dates, its capacity counts them, with their time off, on-call shifts and change windows.',
    );
    const change = within(start).getByRole('button', { name: 'Change the dates' });
    expect(change).toHaveFocus();
    expect(start).toHaveTextContent('to Wed 4 Nov – Tue 17 Nov, from today, as many working days');

    await user.click(change);
    const form = screen.getByRole('dialog', { name: 'New dates for Sprint 1' });
    expect(within(form).getByLabelText('Start date')).toHaveValue('2026-11-04');
    expect(within(form).getByLabelText('End date')).toHaveValue('2026-11-17');
    await user.click(within(form).getByRole('button', { name: 'Save dates' }));

    const again = await screen.findByRole('dialog', { name: 'Start Sprint 1' });
    expect(again).not.toHaveTextContent(/have passed/);
    expect(within(again).getByRole('button', { name: 'Start sprint' })).toHaveFocus();
    const sprint = teamOf(backend, seeded!.teamId)?.sprints[0];
    expect(sprint).toMatchObject({ startDate: '2026-11-04', endDate: '2026-11-17', state: 'planned' });
  });
});
