import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * An interrupt logged in hours has a size: it burns the buffer by its hours, the warnings do not count it as
 * unestimated and the close dialog lists it as "(4 h)". Its card on the plan board says so too.
 */
describe("the plan board's card of an interrupt sized in hours", { timeout: 30_000 }, () => {
  it('shows its hours, not "Not estimated"', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 1.5 },
      });
    });

    const sprintList = await screen.findByRole('list', { name: 'Items in Sprint 1' }, { timeout: 10_000 });
    const card = within(sprintList).getByText('Disk full on db-3').closest('li');
    if (!card) throw new Error('no card');
    expect(card).toHaveTextContent('1.5 h');
    expect(card).not.toHaveTextContent('Not estimated');
  });

  it('does not mark unplanned work "Not ready": the Definition of Ready is asked of planned work only', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.logInterrupt({ teamId, interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 2 } });
    });

    const sprintList = await screen.findByRole('list', { name: 'Items in Sprint 1' }, { timeout: 10_000 });
    const card = within(sprintList).getByText('Disk full on db-3').closest('li');
    if (!card) throw new Error('no card');
    expect(card).toHaveTextContent('unplanned');
    expect(card).not.toHaveTextContent(/ready/i);
    // The warnings below the board agree: nothing to check.
    expect(screen.queryByRole('list', { name: 'Planning warnings' })).toBeNull();
  });
});
