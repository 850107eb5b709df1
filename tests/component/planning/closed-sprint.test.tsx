import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning, type Seeded } from './seed';

configure({ asyncUtilTimeout: 5000 });

/** A closed sprint's Plan tab shows what it recorded, not a plannable meter of what is left in it. */
describe('the Plan tab of a closed sprint', { timeout: 30_000 }, () => {
  it('shows the recorded result and buffer, with no plannable points and no "no closed sprints yet"', async () => {
    let seeded: Seeded | undefined;
    await renderApp('planning', async (b) => {
      seeded = await seedPlanning(b);
      const { teamId, sprintId, items, members } = seeded;
      for (const title of ['Rotate certificates', 'Patch kernels']) {
        await b.api.planItem({ teamId, sprintId, itemId: items[title]! });
      }
      await b.api.startSprint({ teamId, sprintId });
      await b.api.updateItem({ teamId, itemId: items['Rotate certificates']!, changes: { status: 'done' } });
      // 6 h of unplanned work by Ana: one person-day at 1 point per person-day.
      await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 6, takenBy: members.Ana! },
      });
      await b.api.closeSprint({ teamId, sprintId, incompleteTo: 'backlog' });
    });
    expect(seeded).toBeDefined();

    const commitment = await screen.findByRole('region', { name: 'Result' }, { timeout: 10_000 });
    expect(commitment).toHaveTextContent('Completed 8 of 13 committed points');
    // The unfinished interrupt left the sprint when it closed; the buffer it used stays recorded.
    expect(within(commitment).getByText(/Interrupt buffer/)).toHaveTextContent(
      'Interrupt buffer: 1 of 3 points used by unplanned work.',
    );
    expect(screen.queryByText(/still plannable/)).toBeNull();
    expect(screen.queryByText(/Over-committed/)).toBeNull();
    expect(screen.queryByText(/no closed sprints yet/)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Check before committing' })).toBeNull();
  });
});
