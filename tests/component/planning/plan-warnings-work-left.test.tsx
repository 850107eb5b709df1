import { configure, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { seedPlanning } from './seed';

configure({ asyncUtilTimeout: 5000 });

/**
 * The Plan tab's warnings are about the work still to do and what it commits: a done item needs no change
 * window any more, and an interrupt sized in hours has an estimate (it burns the buffer by its hours) and
 * never went through the Definition of Ready.
 */
describe("the Plan tab's warnings on a started sprint", { timeout: 30_000 }, () => {
  it('leaves out done items and interrupts sized in hours', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Rotate certificates']! });
      // Needs a change window, and the sprint has none: warned about while it is to do.
      await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']! });
      await b.api.startSprint({ teamId, sprintId });
      await b.api.moveBoardCard({ teamId, itemId: items['Patch kernels']!, status: 'done' });
      await b.api.logInterrupt({
        teamId,
        interrupt: { title: 'Disk full on db-3', severity: 'sev2', hours: 4 },
      });
    });

    expect(await screen.findByText(/^Committed/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Committed 13 of 12 plannable points',
    );
    expect(await screen.findByRole('button', { name: 'Remove Disk full on db-3 from the sprint' })).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Planning warnings' })).toBeNull();
    expect(screen.queryByText(/below the board/)).toBeNull();
  });

  it('still warns about planned work left to do, without asking to check before starting', async () => {
    await renderApp('planning', async (b) => {
      const { teamId, sprintId, items } = await seedPlanning(b);
      await b.api.planItem({ teamId, sprintId, itemId: items['Patch kernels']! });
      await b.api.planItem({ teamId, sprintId, itemId: items['Upgrade Postgres']! });
      await b.api.startSprint({ teamId, sprintId });
    });

    const warnings = await screen.findByRole('list', { name: 'Planning warnings' }, { timeout: 10_000 });
    expect(warnings).toHaveTextContent('“Patch kernels” needs a change window, but this sprint has none.');
    expect(warnings).toHaveTextContent('“Upgrade Postgres” is not ready');
    expect(warnings).toHaveTextContent('1 item has no estimate and counts as 0 points.');
    expect(screen.getByText(/below the board/)).toHaveTextContent('3 warnings below the board: check them.');
  });
});
