import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** What the close dialog says carries over: what the review's "Carried over" will list, dropped items left out. */
describe('the close dialog’s Carried over figure', { timeout: 30_000 }, () => {
  it('counts the unfinished items that move on, and follows an interrupt picked to be dropped', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.logInterrupt({ teamId, interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6 } });
    });
    await user.click(await screen.findByRole('button', { name: 'Close sprint' }, { timeout: 10_000 }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    const carried = () => within(dialog).getByText('Carried over').nextElementSibling;
    expect(carried()).toHaveTextContent(/^2 items$/);

    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Disk full on db-3 (6 h)' }),
      'Drop it: it stays in Sprint 1, not done',
    );
    expect(carried()).toHaveTextContent(/^1 item; 1 dropped, left in Sprint 1$/);
  });
});
