import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * One figure, one way of writing it: the buffer an interrupt sized in hours uses reads the same on the
 * Plan tab, in the close dialog and on the standup board's gauge.
 */
describe('the interrupt buffer used', { timeout: 30_000 }, () => {
  it('is written the same on the Plan tab, in the close dialog and on the board', async () => {
    const user = userEvent.setup();
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items, members } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      // 1 h of a 6 h standard day at 1 point per person-day: 0.17 points of the 3 reserved.
      await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 1, takenBy: members.Ana! },
      });
    });

    expect(await screen.findByText(/^Interrupt buffer:/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Interrupt buffer: 0.17 of 3 points used by unplanned work.',
    );

    await user.click(screen.getByRole('button', { name: 'Close sprint' }));
    const dialog = screen.getByRole('dialog', { name: 'Close Sprint 1' });
    expect(within(dialog).getByText(/ used$/)).toHaveTextContent('0.17 of 3 points used');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(
      within(screen.getByRole('navigation', { name: 'Ceremonies' })).getByRole('link', { name: 'Standup' }),
    );
    await user.click(await screen.findByRole('tab', { name: 'Board' }, { timeout: 10_000 }));
    const gauge = await screen.findByRole('region', { name: /Interrupt buffer/ });
    const figure = (term: string) => within(gauge).getByText(term).nextElementSibling?.textContent;
    expect(figure('Used')).toBe('0.17 pts');
    expect(figure('Reserved')).toBe('3 pts');
    expect(figure('Remaining')).toBe('2.83 pts');
  });
});
