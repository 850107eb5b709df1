import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, teamOf, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * Holidays, change windows and freezes are the team's (schema v5): deleting a sprint keeps them. What goes with
 * it is its time off and on-call shifts, and the confirmation must say that, not "its calendar is deleted".
 */
describe('the confirmation of Delete sprint', { timeout: 30_000 }, () => {
  it('names the time off and shifts that go with the sprint, the items that go back, and what stays', async () => {
    const user = userEvent.setup();
    let seeded: Seeded | undefined;
    const backend = await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items, members } = seeded;
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']! });
      await b.api.addTimeOff({
        teamId,
        sprintId,
        range: { memberId: members.Ana!, startDate: '2026-11-04', endDate: '2026-11-06' },
      });
      await b.api.addOnCall({
        teamId,
        sprintId,
        range: { memberId: members.Bo!, startDate: '2026-11-09', endDate: '2026-11-13' },
      });
      await b.api.addHoliday({ teamId, sprintId, holiday: { date: '2026-11-11', name: 'Armistice Day' } });
    });
    const { teamId } = seeded!;
    await user.click(await screen.findByRole('button', { name: 'Delete sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Sprint 1?' });
    expect(dialog).toHaveTextContent(
      "Deleted with it: 3 days off and 1 on-call shift. 2 items go back to the backlog. The team's holidays, change windows and freezes stay.",
    );
    expect(dialog).not.toHaveTextContent(/calendar is deleted/);

    await user.click(within(dialog).getByRole('button', { name: 'Delete sprint' }));
    await screen.findByRole('button', { name: 'Create the first sprint' });
    expect(teamOf(backend, teamId)?.calendar.holidays.map((h) => h.name)).toEqual(['Armistice Day']);
  });
});
