import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { itemFields, seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** Monday 2 Nov 2026 plus `weeks` weeks, as a date. */
const monday = (weeks: number) => new Date(Date.UTC(2026, 10, 2 + weeks * 7)).toISOString().slice(0, 10);

/**
 * The Velocity view says capacity averages over the velocity window; with a window longer than the chart's usual
 * seven sprints, the table still lists every sprint averaged over, so the team can check the figure it plans with.
 */
describe('the velocity history with a long velocity window', { timeout: 60_000 }, () => {
  it('lists every closed sprint the window averages over', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId } = await seedPlanning(b);
      await b.api.updateTeamSettings({ teamId, settings: { velocityWindow: 9 } });
      await b.api.deleteSprint({ teamId, sprintId });
      for (let n = 1; n <= 9; n++) {
        const up = await b.api.createSprint({
          teamId,
          sprint: { name: `Sprint ${n}`, goal: '', startDate: monday((n - 1) * 2), endDate: monday((n - 1) * 2 + 1) },
        });
        const id = up.sprints.find((s) => s.name === `Sprint ${n}`)!.id;
        const item = await b.api.createItem({ teamId, item: itemFields(`Runbook ${n}`, 3) });
        await b.api.planItem({ teamId, sprintId: id, itemId: item.id });
        await b.api.startSprint({ teamId, sprintId: id });
        await b.api.updateItem({ teamId, itemId: item.id, changes: { status: 'done' } });
        await b.api.closeSprint({ teamId, sprintId: id, incompleteTo: 'backlog' });
      }
    });
    await user.click(await screen.findByRole('button', { name: 'Velocity' }, { timeout: 10_000 }));

    expect(screen.getByText(/Capacity uses the average of/)).toHaveTextContent('the last 9 closed sprints');
    const table = screen.getByRole('table', { name: 'Velocity history in points' });
    const rows = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(rows).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `Sprint ${n}`));
  });
});
